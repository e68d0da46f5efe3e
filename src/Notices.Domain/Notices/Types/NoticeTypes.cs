namespace Notices.Domain.Notices;

/// <summary>Which notice types this service drafts and renders.</summary>
public static class NoticeTypes
{
    /// <summary>The notices the workflow drafts: every one a council publishes for a procurement.</summary>
    public static readonly IReadOnlyList<NoticeType> Drafted =
    [
        NoticeType.UK1, NoticeType.UK2, NoticeType.UK3, NoticeType.UK4, NoticeType.UK5, NoticeType.UK6,
        NoticeType.UK7, NoticeType.UK9, NoticeType.UK10, NoticeType.UK11, NoticeType.UK12,
    ];

    public static bool IsDrafted(NoticeType type) => Drafted.Contains(type);
}
