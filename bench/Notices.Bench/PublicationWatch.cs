using System.Collections.Concurrent;
using System.Diagnostics;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;

namespace Notices.Bench;

/// <summary>Passes appends through, counting them (each is a transition) and noting when each publication is recorded.</summary>
internal sealed class PublicationWatch(IEventStore inner, ConcurrentDictionary<(string, string), long> publishedAt) : IEventStore
{
    private long appends;

    public long Appends => Interlocked.Read(ref appends);

    public Task<StreamHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken) => inner.LoadAsync(id, cancellationToken);

    public async Task<string> AppendAsync(AppendRequest request, CancellationToken cancellationToken)
    {
        var etag = await inner.AppendAsync(request, cancellationToken);
        Interlocked.Increment(ref appends);
        foreach (var published in request.Events.Select(e => e.Event).OfType<NoticePublished>())
        {
            publishedAt[(request.Id.Value, published.NoticeKey)] = Stopwatch.GetTimestamp();
        }

        return etag;
    }

    public Task SettleAsync(ProcurementId id, long version, CancellationToken cancellationToken) => inner.SettleAsync(id, version, cancellationToken);

    public Task<IReadOnlyList<UnsettledAppend>> FindUnsettledAsync(DateTimeOffset appendedBefore, int max, CancellationToken cancellationToken) =>
        inner.FindUnsettledAsync(appendedBefore, max, cancellationToken);

    public Task<bool> IsTimerCancelledAsync(ProcurementId id, string timerId, CancellationToken cancellationToken) =>
        inner.IsTimerCancelledAsync(id, timerId, cancellationToken);
}
