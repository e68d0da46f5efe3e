using Microsoft.DurableTask;

namespace Notices.Workflow.Orchestration;

/// <summary>How often the orchestration tries each activity before it gives up and records the failure.</summary>
internal static class WorkflowRetries
{
    /// <summary>Writing the record: storage is expected back, so keep trying for about ten minutes.</summary>
    public static TaskOptions Record { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 12, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(2)));

    /// <summary>Publishing, redacting and notifying: five attempts over about fifteen seconds, then the failure shows on the procurement.</summary>
    public static TaskOptions Work { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromSeconds(30)));
}
