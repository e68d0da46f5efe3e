namespace Notices.Domain.Time;

/// <summary>
/// When a tender notice can follow a planned procurement notice for that notice to be "qualifying"
/// (s.54): published at least 40 days, and no more than 12 months, before the day the tender
/// notice is published. A qualifying planned procurement notice allows a tendering period as short
/// as 10 days (s.54(4)).
/// </summary>
public sealed record PlannedProcurementNoticeWindow(DateOnly PlannedNoticePublished)
{
    public const int MinimumDaysBefore = 40;
    public const int MaximumMonthsBefore = 12;

    /// <summary>The first day a tender notice may be published for the planned notice to qualify.</summary>
    public DateOnly EarliestTenderNotice => PlannedNoticePublished.AddDays(MinimumDaysBefore);

    /// <summary>The last day a tender notice may be published for the planned notice to qualify.</summary>
    public DateOnly LatestTenderNotice => PlannedNoticePublished.AddMonths(MaximumMonthsBefore);

    /// <summary>Whether a tender notice published on <paramref name="tenderNoticePublished"/> makes the planned notice qualifying.</summary>
    public bool Qualifies(DateOnly tenderNoticePublished) =>
        tenderNoticePublished >= EarliestTenderNotice && tenderNoticePublished <= LatestTenderNotice;
}
