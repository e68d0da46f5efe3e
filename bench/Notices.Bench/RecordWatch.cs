using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;

namespace Notices.Bench;

/// <summary>
/// The record as the orchestrations' activities see it: passes every call through, counting the loads and appends
/// (one per loading or recording activity) and noting when each publication is recorded.
/// </summary>
internal sealed class RecordWatch(IProcurementRecord inner, PublicationTimes publications) : IProcurementRecord
{
    private long loads;
    private long appends;

    public long Loads => Interlocked.Read(ref loads);

    public long Appends => Interlocked.Read(ref appends);

    public async Task<ProcurementHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken)
    {
        var history = await inner.LoadAsync(id, cancellationToken);
        Interlocked.Increment(ref loads);
        return history;
    }

    public async Task AppendAsync(ProcurementId id, long expectedVersion, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        await inner.AppendAsync(id, expectedVersion, events, cancellationToken);
        Interlocked.Increment(ref appends);
        foreach (var published in events.Select(e => e.Event).OfType<NoticePublished>())
        {
            publications.Recorded(id.Value, published.NoticeKey);
        }
    }
}
