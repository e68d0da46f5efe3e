using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

/// <summary>
/// What a fired timer does. Each checks that what it waited for is still awaited: a timer whose wait has
/// ended (the notice was decided, the obligation met, the procurement terminated) fires into nothing.
/// </summary>
internal static class TimerDecisions
{
    public static Decision EndStandstill(EndStandstill c, Registered s) =>
        Permissions.RequireWorkflow(c.Context, "end a standstill period")
        ?? (s.Phase == Phase.Standstill && s.Standstill is { } period && c.Context.At >= period.EndsAt
            ? Decision.Accept(new StandstillEnded(c.Context))
            : Decision.Accept());

    public static Decision RemindApprovers(RemindApprovers c, Registered s) =>
        Permissions.RequireWorkflow(c.Context, "remind approvers")
        ?? (StillAwaiting(s, c.NoticeKey, c.Submission) is { Reminded: false }
            ? Decision.Accept(new ApprovalReminderSent(c.Context, c.NoticeKey, c.Submission))
            : Decision.Accept());

    public static Decision EscalateApproval(EscalateApproval c, Registered s) =>
        Permissions.RequireWorkflow(c.Context, "escalate an approval")
        ?? (StillAwaiting(s, c.NoticeKey, c.Submission) is { Escalated: false }
            ? Decision.Accept(new ApprovalEscalated(c.Context, c.NoticeKey, c.Submission))
            : Decision.Accept());

    public static Decision RemindObligation(RemindObligation c, Registered s) =>
        Permissions.RequireWorkflow(c.Context, "send an obligation reminder")
        ?? (s.Obligations.TryGetValue(c.ObligationId, out var o) && o is { Status: ObligationStatus.Open, Reminded: false }
            ? Decision.Accept(new ObligationReminderSent(c.Context, c.ObligationId))
            : Decision.Accept());

    public static Decision MarkOverdue(MarkObligationOverdue c, Registered s) =>
        Permissions.RequireWorkflow(c.Context, "mark an obligation overdue")
        ?? (s.Obligations.TryGetValue(c.ObligationId, out var o) && o.Status == ObligationStatus.Open
            ? Decision.Accept(new ObligationOverdue(c.Context, c.ObligationId))
            : Decision.Accept());

    private static AwaitingApprovalState? StillAwaiting(Registered s, string key, int submission) =>
        s.Notices.TryGetValue(key, out var n) && n is AwaitingApprovalState a && a.Submissions == submission ? a : null;
}
