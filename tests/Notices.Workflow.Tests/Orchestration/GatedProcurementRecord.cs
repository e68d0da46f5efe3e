using Notices.Workflow.Procurements;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>
/// The record, whose appends can be held until released: the recording activity then blocks, and the orchestration
/// is slow to answer, as under load. Reads are never held, so a test can look at the record meanwhile.
/// </summary>
public sealed class GatedProcurementRecord(IProcurementRecord inner) : IProcurementRecord
{
    private TaskCompletionSource? _held;

    /// <summary>Appends from now on wait until <see cref="Release"/>.</summary>
    public void Hold() => Volatile.Write(ref _held, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release() => Interlocked.Exchange(ref _held, null)?.TrySetResult();

    public Task<ProcurementHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken) => inner.LoadAsync(id, cancellationToken);

    public async Task AppendAsync(ProcurementId id, long expectedVersion, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _held) is { } held)
        {
            await held.Task.WaitAsync(cancellationToken);
        }

        await inner.AppendAsync(id, expectedVersion, events, cancellationToken);
    }
}
