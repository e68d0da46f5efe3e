using System.Collections.Concurrent;
using Notices.Workflow.Procurements;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;

namespace Notices.Testing;

/// <summary>The record in memory, with the table store's rules: appends only after the expected version, a repeat of the last append is a no-op.</summary>
public sealed class InMemoryProcurementRecord : IProcurementRecord
{
    private readonly ConcurrentDictionary<ProcurementId, List<RecordedEvent>> _streams = new();

    /// <summary>Appends made, counting only those that wrote something.</summary>
    public int Appends { get; private set; }

    public Task<ProcurementHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken)
    {
        var stream = _streams.GetOrAdd(id, _ => []);
        lock (stream)
        {
            return Task.FromResult(new ProcurementHistory(id, stream.Count, stream.ToList()));
        }
    }

    public Task AppendAsync(ProcurementId id, long expectedVersion, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var stream = _streams.GetOrAdd(id, _ => []);
        lock (stream)
        {
            if (stream.Count == expectedVersion + events.Count && events.Count > 0)
            {
                return Task.CompletedTask;
            }

            if (stream.Count != expectedVersion)
            {
                throw new RecordConflictException($"Procurement {id} is at version {stream.Count}, not {expectedVersion}.");
            }

            stream.AddRange(events);
            Appends++;
        }

        return Task.CompletedTask;
    }
}
