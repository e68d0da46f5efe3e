using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

/// <summary>Work items that failed every attempt: recorded on the procurement, and retried on request.</summary>
internal static class WorkDecisions
{
    public const int MaxErrorLength = 2_000;

    public static Decision RecordFailed(RecordWorkFailed c, Registered s) =>
        Permissions.RequireWorkflow(c.Context, "record a failed work item")
        ?? (s.Failures.ContainsKey(c.Work.Id)
            ? Decision.Accept()
            : Decision.Accept(new WorkFailed(c.Context, c.Work, Truncate(c.Error))));

    public static Decision Retry(RetryWork c, Registered s) =>
        Permissions.RequireCommissionerOrAdministrator(c.Context, "retry failed work")
        ?? (s.Failures.TryGetValue(c.IntentId, out var failed)
            ? Decision.Accept(new WorkRetried(c.Context, failed.Work))
            : Decision.Refuse($"There is no failed work item '{c.IntentId}' on this procurement to retry.", "intentId"));

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
