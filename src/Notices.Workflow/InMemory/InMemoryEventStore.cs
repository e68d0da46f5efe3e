using System.Globalization;
using Notices.Workflow.Procurements;
using Notices.Workflow.Reactions;
using Notices.Workflow.Runtime;

namespace Notices.Workflow.InMemory;

/// <summary>Event streams in memory, with the same atomicity and concurrency rules as the table store.</summary>
public sealed class InMemoryEventStore : IEventStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<ProcurementId, Stream> streams = [];

    public Task<StreamHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(streams.TryGetValue(id, out var s)
                ? new StreamHistory(id, s.Events.Count, s.ETag, [.. s.Events])
                : new StreamHistory(id, 0, null, []));
        }
    }

    public Task<string> AppendAsync(AppendRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (gate)
        {
            streams.TryGetValue(request.Id, out var s);
            if ((s?.ETag) != request.ExpectedETag || (s?.Events.Count ?? 0) != request.ExpectedVersion)
            {
                throw new StreamConflictException();
            }

            if (request.Completes is { } completes && s?.Unsettled.ContainsKey(completes.LastVersion) != true)
            {
                throw new CompletedMarkerMissingException();
            }

            s ??= streams[request.Id] = new Stream();
            s.Events.AddRange(request.Events);
            s.ETag = (++s.Writes).ToString(CultureInfo.InvariantCulture);
            if (request.Completes is { } done)
            {
                s.Unsettled.Remove(done.LastVersion);
            }

            s.Unsettled[request.NewVersion] = new UnsettledAppend(
                request.Id, request.FirstUnsettledVersion, request.NewVersion, request.Intents, request.At);
            foreach (var intent in request.Intents)
            {
                switch (intent)
                {
                    case StartTimer t:
                        s.CancelledTimers.Remove(t.Id);
                        break;
                    case CancelTimer c:
                        s.CancelledTimers.Add(c.TimerId);
                        break;
                }
            }

            return Task.FromResult(s.ETag);
        }
    }

    public Task SettleAsync(ProcurementId id, long version, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (streams.TryGetValue(id, out var s))
            {
                s.Unsettled.Remove(version);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UnsettledAppend>> FindUnsettledAsync(DateTimeOffset appendedBefore, int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<UnsettledAppend> found = streams.Values
                .SelectMany(s => s.Unsettled.Values)
                .Where(u => u.AppendedAt < appendedBefore)
                .OrderBy(u => u.Id.Value, StringComparer.Ordinal).ThenBy(u => u.LastVersion)
                .Take(max)
                .ToList();
            return Task.FromResult(found);
        }
    }

    public Task<bool> IsTimerCancelledAsync(ProcurementId id, string timerId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(streams.TryGetValue(id, out var s) && s.CancelledTimers.Contains(timerId));
        }
    }

    private sealed class Stream
    {
        public List<RecordedEvent> Events { get; } = [];

        public SortedDictionary<long, UnsettledAppend> Unsettled { get; } = [];

        public HashSet<string> CancelledTimers { get; } = [];

        public string? ETag { get; set; }

        public long Writes { get; set; }
    }
}
