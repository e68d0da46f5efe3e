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
/// <param name="deployedVersion">
/// The orchestrator version the worker running this code serves (its deployment's setting), which the next
/// generation takes, so a procurement started on an older version moves onto the deployed one at its next stage
/// boundary; null keeps the instance's own version. It is the same on every replay on one worker, and only the
/// generation's last action (continue as new) reads it, which replay never compares, so a generation replayed on
/// a newer worker simply hands over to the newer version.
/// </param>
public sealed class ProcurementOrchestrator(string? deployedVersion = null) : TaskOrchestrator<ProcurementCarry, string?>
{
    public override async Task<string?> RunAsync(TaskOrchestrationContext context, ProcurementCarry input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var history = await context.CallActivityAsync<ProcurementHistory>(nameof(LoadRecord), context.InstanceId, WorkflowRetries.Record)
            .ConfigureAwait(true);
        var run = new ProcurementRun(context, new ProcurementId(context.InstanceId), history, input, deployedVersion);
        return await run.RunAsync().ConfigureAwait(true);
    }
}
