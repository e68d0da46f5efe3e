using Microsoft.DurableTask;
using Notices.Workflow.Telemetry;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Record;

namespace Notices.Workflow.Orchestration.Activities;

/// <summary>
/// Appends decided events to the record, then writes the screens' rows. Run again after a crash, the append
/// finds its versions written and the rows are written again with the same content.
/// </summary>
public sealed class RecordEvents(IProcurementRecord record, IProjectionStore projections) : TaskActivity<RecordRequest, long>
{
    public override async Task<long> RunAsync(TaskActivityContext context, RecordRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var span = WorkflowTelemetry.StartWork(nameof(RecordEvents), input.TraceParent, input.ProcurementId);
        var id = new ProcurementId(input.ProcurementId);
        await record.AppendAsync(id, input.ExpectedVersion, input.Events, CancellationToken.None).ConfigureAwait(false);
        if (input.Changes.Count > 0)
        {
            await projections.ApplyAsync(input.Changes, CancellationToken.None).ConfigureAwait(false);
        }

        return input.ExpectedVersion + input.Events.Count;
    }
}
