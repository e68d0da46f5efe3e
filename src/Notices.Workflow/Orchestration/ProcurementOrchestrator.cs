using Microsoft.DurableTask;
using Notices.Workflow.Orchestration.Activities;
using Notices.Workflow.Procurements;
using Notices.Workflow.Record;

namespace Notices.Workflow.Orchestration;

/// <summary>
/// One instance per procurement (instance id = procurement id), the single writer of its record. Each
/// generation reads the record, then decides the commands that arrive as external events, records what was
/// decided, runs the reactions (activities and deadlines) and answers each caller in its status, until a stage
/// boundary, where it continues as new so that histories stay short and new code applies to the next step.
/// </summary>
public sealed class ProcurementOrchestrator : TaskOrchestrator<ProcurementCarry, string?>
{
    public override async Task<string?> RunAsync(TaskOrchestrationContext context, ProcurementCarry input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var history = await context.CallActivityAsync<ProcurementHistory>(nameof(LoadRecord), context.InstanceId, WorkflowRetries.Record)
            .ConfigureAwait(true);
        var run = new ProcurementRun(context, new ProcurementId(context.InstanceId), history, input);
        return await run.RunAsync().ConfigureAwait(true);
    }
}
