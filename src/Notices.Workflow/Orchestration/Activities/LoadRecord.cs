using Microsoft.DurableTask;
using Notices.Workflow.Procurements;
using Notices.Workflow.Record;

namespace Notices.Workflow.Orchestration.Activities;

/// <summary>Reads a procurement's record, from which each generation of its orchestration starts.</summary>
public sealed class LoadRecord(IProcurementRecord record) : TaskActivity<string, ProcurementHistory>
{
    public override Task<ProcurementHistory> RunAsync(TaskActivityContext context, string input) =>
        record.LoadAsync(new ProcurementId(input), CancellationToken.None);
}
