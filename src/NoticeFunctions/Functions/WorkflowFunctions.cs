using Microsoft.DurableTask;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Orchestration.Activities;
using Notices.Workflow.Publishing;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Functions;

/// <summary>
/// The workflow's orchestrator and activities as Durable Functions, by the names the orchestrator calls them: each
/// function runs the workflow's own class, the same one the local engine and the tests run.
/// </summary>
public static class WorkflowFunctions
{
    [Function(nameof(ProcurementOrchestrator))]
    public static Task<string?> Procurement([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ProcurementOrchestrator(WorkflowTasks.CurrentVersion).RunAsync(context, context.GetInput<ProcurementCarry>()!);

    [Function(nameof(LoadRecord))]
    public static Task<ProcurementHistory> LoadRecord([ActivityTrigger] string input, FunctionContext function) =>
        Activity<LoadRecord>(function).RunAsync(new FunctionActivityContext(function), input);

    [Function(nameof(RecordEvents))]
    public static Task<long> RecordEvents([ActivityTrigger] RecordRequest input, FunctionContext function) =>
        Activity<RecordEvents>(function).RunAsync(new FunctionActivityContext(function), input);

    [Function(nameof(PublishNoticeRelease))]
    public static Task<PublicationReceipt> PublishNoticeRelease([ActivityTrigger] PublicationRequest input, FunctionContext function) =>
        Activity<PublishNoticeRelease>(function).RunAsync(new FunctionActivityContext(function), input);

    [Function(nameof(SendNotification))]
    public static Task<bool> SendNotification([ActivityTrigger] Notification input, FunctionContext function) =>
        Activity<SendNotification>(function).RunAsync(new FunctionActivityContext(function), input);

    [Function(nameof(RedactCopy))]
    public static Task<RedactionResult> RedactCopy([ActivityTrigger] RedactionJob input, FunctionContext function) =>
        Activity<RedactCopy>(function).RunAsync(new FunctionActivityContext(function), input);

    [Function(nameof(PublishCopy))]
    public static Task<CopyPublished> PublishCopy([ActivityTrigger] CopyPublication input, FunctionContext function) =>
        Activity<PublishCopy>(function).RunAsync(new FunctionActivityContext(function), input);

    // Activities take their ports from the app's services, as the local engine's worker builds them.
    private static T Activity<T>(FunctionContext function) => ActivatorUtilities.CreateInstance<T>(function.InstanceServices);
}
