namespace Notices.Workflow.Tests.Support;

/// <summary>Fixed moments, in UK time, that the scenarios use.</summary>
public static class Moments
{
    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);

    /// <summary>Monday 2 June 2025, 09:00 BST: the procurement starts.</summary>
    public static readonly DateTimeOffset Start = new(2025, 6, 2, 9, 0, 0, Bst);

    /// <summary>Tuesday 3 June 2025, 10:00 BST: the contract award notice is published; standstill ends at the end of 12 June.</summary>
    public static readonly DateTimeOffset AwardNoticePublished = new(2025, 6, 3, 10, 0, 0, Bst);

    /// <summary>The end of Thursday 12 June 2025, UK time.</summary>
    public static readonly DateTimeOffset StandstillEnds = new(2025, 6, 12, 23, 59, 59, Bst);

    public static readonly DateOnly StandstillLastDay = new(2025, 6, 12);

    /// <summary>Friday 13 June 2025, 09:00 BST: the contract is entered into.</summary>
    public static readonly DateTimeOffset ContractDay = new(2025, 6, 13, 9, 0, 0, Bst);

    public static DateOnly Day(DateTimeOffset moment) => Domain.Time.UkTime.DateOf(moment);
}
