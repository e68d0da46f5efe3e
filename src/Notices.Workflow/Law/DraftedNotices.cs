using Notices.Domain.Notices;

namespace Notices.Workflow.Law;

/// <summary>
/// The notices this workflow drafts and takes through approval and publication, in their order; the others (UK8,
/// UK13 to UK17) are only read, from releases Find a Tender published. The forms, the API and the decider share it.
/// </summary>
public static class DraftedNotices
{
    public static IReadOnlyList<NoticeType> Types { get; } =
    [
        NoticeType.UK1, NoticeType.UK2, NoticeType.UK3, NoticeType.UK4, NoticeType.UK5, NoticeType.UK6,
        NoticeType.UK7, NoticeType.UK9, NoticeType.UK10, NoticeType.UK11, NoticeType.UK12,
    ];
}
