using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Law;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

internal static class NoticeDecisions
{
    /// <summary>Notice JSON kept in the stream is bounded so that an event fits in one table entity.</summary>
    public const int MaxContentLength = 200_000;

    public static Decision Draft(DraftNotice c, Registered s)
    {
        if (Permissions.RequireCommissioner(c.Context, "draft a notice") is { } refused)
        {
            return refused;
        }

        if (NoticeRules.WhyNot(c.Type, s) is { } why)
        {
            return Decision.Refuse(why, "type");
        }

        if (CheckContent(c.Content) is { } bad)
        {
            return bad;
        }

        var number = s.NoticesOfType(c.Type).Count() + 1;
        var key = $"{c.Type.ToString().ToLowerInvariant()}-{number}";
        return Decision.Accept(new NoticeDrafted(c.Context, key, c.Type, c.Content));
    }

    public static Decision Amend(AmendNotice c, Registered s)
    {
        if (Permissions.RequireCommissioner(c.Context, "change a notice") is { } refused)
        {
            return refused;
        }

        if (!s.Notices.TryGetValue(c.NoticeKey, out var notice))
        {
            return NoSuchNotice(c.NoticeKey);
        }

        if (notice is not DraftNoticeState)
        {
            return Decision.Refuse(WhyNotChangeable(notice), "noticeKey");
        }

        return CheckContent(c.Content) ?? Decision.Accept(new NoticeAmended(c.Context, c.NoticeKey, c.Content));
    }

    public static Decision Submit(SubmitNotice c, Registered s)
    {
        if (Permissions.RequireCommissioner(c.Context, "submit a notice for approval") is { } refused)
        {
            return refused;
        }

        if (!s.Notices.TryGetValue(c.NoticeKey, out var notice))
        {
            return NoSuchNotice(c.NoticeKey);
        }

        if (notice is not DraftNoticeState)
        {
            return Decision.Refuse(
                notice is AwaitingApprovalState ? "This notice is already waiting for approval." : WhyNotChangeable(notice),
                "noticeKey");
        }

        if (NoticeRules.WhyNot(notice.Type, s, notice.Key) is { } why)
        {
            return Decision.Refuse(why, "type");
        }

        var problems = ActRules.ValidateNotice(notice.Type, notice.Content);
        return problems.Count > 0
            ? Decision.Refuse(problems)
            : Decision.Accept(new NoticeSubmitted(c.Context, c.NoticeKey, notice.Submissions + 1));
    }

    public static Decision NoSuchNotice(string key) =>
        Decision.Refuse($"There is no notice '{key}' in this procurement.", "noticeKey");

    private static string WhyNotChangeable(NoticeState notice) => notice switch
    {
        AwaitingApprovalState => "This notice is waiting for approval and cannot be changed; an approver can reject it so that it can be changed.",
        ApprovedNoticeState => "This notice has been approved and is being published; it can no longer be changed.",
        _ => "This notice has been published and can no longer be changed.",
    };

    private static Decision? CheckContent(string content) =>
        string.IsNullOrWhiteSpace(content)
            ? Decision.Refuse("The notice has no content.", "content")
            : content.Length > MaxContentLength
                ? Decision.Refuse($"The notice is too long: it must be {MaxContentLength:N0} characters or fewer.", "content")
                : null;
}
