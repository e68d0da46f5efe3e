using Notices.Workflow.Procurements;
using Notices.Workflow.Record;

namespace Notices.Workflow.Runtime;

/// <summary>
/// The queue-driven runtime's event store seen as the record, for the screens' queries. That runtime writes only
/// through its command handler; the orchestrations write through <see cref="IProcurementRecord"/> itself.
/// </summary>
internal sealed class EventStoreReader(IEventStore store) : IProcurementRecord
{
    public async Task<ProcurementHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken)
    {
        var history = await store.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return new ProcurementHistory(id, history.Version, history.Events);
    }

    public Task AppendAsync(ProcurementId id, long expectedVersion, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The queue-driven runtime appends through its command handler.");
}
