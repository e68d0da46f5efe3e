using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

/// <summary>
/// Four-eyes approval: someone other than the submitter decides, and only after declaring that they have no
/// conflict of interest. A declared conflict is recorded and stops that person deciding.
/// </summary>
internal static class ApprovalDecisions
{
    public static Decision DeclareConflict(DeclareConflictOfInterest c, Registered s)
    {
        if (Permissions.RequireApprover(c.Context, "declare a conflict of interest in a notice") is { } refused)
        {
            return refused;
        }

        if (Awaiting(c.NoticeKey, s) is not { } awaiting)
        {
            return NotAwaiting(c.NoticeKey, s);
        }

        return ApprovalRules.CheckConflictDetails(c.Details)
            ?? Decision.Accept(new ConflictOfInterestDeclared(c.Context, c.NoticeKey, awaiting.Submissions, c.Details.Trim()));
    }

    public static Decision Approve(ApproveNotice c, Registered s) =>
        CheckDecider(c.Context, c.NoticeKey, c.NoConflictOfInterest, s, "approve")
        ?? Decision.Accept(new NoticeApproved(c.Context, c.NoticeKey, s.Notices[c.NoticeKey].Submissions));

    public static Decision Reject(RejectNotice c, Registered s)
    {
        if (CheckDecider(c.Context, c.NoticeKey, c.NoConflictOfInterest, s, "reject") is { } refused)
        {
            return refused;
        }

        return ApprovalRules.CheckRejectionReason(c.Reason, "notice")
            ?? Decision.Accept(new NoticeRejected(c.Context, c.NoticeKey, s.Notices[c.NoticeKey].Submissions, c.Reason.Trim()));
    }

    private static Decision? CheckDecider(DecisionContext context, string key, bool noConflict, Registered s, string verb)
    {
        if (Permissions.RequireApprover(context, $"{verb} a notice") is { } refused)
        {
            return refused;
        }

        if (Awaiting(key, s) is not { } awaiting)
        {
            return NotAwaiting(key, s);
        }

        return ApprovalRules.CheckDecider(context, awaiting.SubmittedBy, awaiting.Conflicted, noConflict, "notice", verb);
    }

    private static AwaitingApprovalState? Awaiting(string key, Registered s) =>
        s.Notices.TryGetValue(key, out var notice) ? notice as AwaitingApprovalState : null;

    private static Decision NotAwaiting(string key, Registered s) => s.Notices.TryGetValue(key, out var notice)
        ? Decision.Refuse(notice switch
        {
            DraftNoticeState { Rejection: not null } => "This notice was rejected and has not been submitted again.",
            DraftNoticeState => "This notice has not been submitted for approval.",
            ApprovedNoticeState a => $"This notice has already been approved by {a.ApprovedBy.Name}.",
            _ => "This notice has already been published.",
        }, "noticeKey")
        : NoticeDecisions.NoSuchNotice(key);
}
