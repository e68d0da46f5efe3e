using Notices.Workflow.Events;

namespace Notices.Workflow.Reactions;

/// <summary>An activity as the record names it, and back: a failed activity is recorded as a <see cref="WorkItem"/> and retried from it.</summary>
public static class WorkItems
{
    public static WorkItem Describe(ActivityIntent activity) => activity switch
    {
        PublishNotice p => new WorkItem(p.Id, WorkKind.PublishNotice, p.NoticeKey),
        RedactContractCopy r => new WorkItem(r.Id, WorkKind.RedactContractCopy, r.CopyKey, r.Submission),
        PublishContractCopy p => new WorkItem(p.Id, WorkKind.PublishContractCopy, p.CopyKey),
        NotifyApprovers n => new WorkItem(n.Id, n.IsReminder ? WorkKind.RemindApprovers : WorkKind.NotifyApprovers, n.NoticeKey, n.Submission),
        NotifyAdministrators n => new WorkItem(n.Id, WorkKind.NotifyAdministrators, Message: n.Subject),
        NotifyCommissioners n => new WorkItem(n.Id, WorkKind.NotifyCommissioners, Message: n.Subject),
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity.GetType().Name, "Unknown activity."),
    };

    /// <summary>The activity that does <paramref name="work"/>, under the id <paramref name="id"/>.</summary>
    public static ActivityIntent Activity(WorkItem work, string id)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.Kind switch
        {
            WorkKind.PublishNotice => new PublishNotice(id, Subject(work)),
            WorkKind.RedactContractCopy => new RedactContractCopy(id, Subject(work), work.Submission ?? 1),
            WorkKind.PublishContractCopy => new PublishContractCopy(id, Subject(work)),
            WorkKind.NotifyApprovers => new NotifyApprovers(id, Subject(work), work.Submission ?? 1, IsReminder: false),
            WorkKind.RemindApprovers => new NotifyApprovers(id, Subject(work), work.Submission ?? 1, IsReminder: true),
            WorkKind.NotifyAdministrators => new NotifyAdministrators(id, work.Message ?? ""),
            WorkKind.NotifyCommissioners => new NotifyCommissioners(id, work.Message ?? ""),
            _ => throw new ArgumentOutOfRangeException(nameof(work), work.Kind, "Unknown kind of work."),
        };
    }

    private static string Subject(WorkItem work) =>
        work.Subject ?? throw new ArgumentException($"Work item {work.Id} ({work.Kind}) names no notice or copy.", nameof(work));
}
