namespace Notices.Domain.Time;

/// <summary>
/// The periods the Procurement Act 2023 fixes for notices and contract copies. The Act counts a
/// period "beginning with" a day: that day is day 1. So 30 days beginning with 1 March ends on
/// 30 March. Only the standstill periods count working days; the others count calendar days and
/// are not extended when they end at a weekend or on a bank holiday.
/// </summary>
public static class Deadlines
{
    /// <summary>The shortest standstill the Act allows, mandatory (s.51(2)) or voluntary (ss.51(5), 76(2)).</summary>
    public const int MinimumStandstillWorkingDays = 8;

    /// <summary>
    /// The mandatory standstill period (s.51(2)): eight working days beginning with the day the
    /// contract award notice is published, or the longer period the notice states.
    /// </summary>
    public static StandstillPeriod Standstill(DateOnly awardNoticePublished, int workingDays = MinimumStandstillWorkingDays) =>
        StandstillBeginningWith(awardNoticePublished, workingDays);

    /// <summary>
    /// A voluntary standstill period: stated in a contract award notice for an award exempt from
    /// the mandatory standstill (s.51(3)-(5)), or in a contract change notice (s.76). Counted the
    /// same way, at least eight working days beginning with the day the notice is published.
    /// </summary>
    public static StandstillPeriod VoluntaryStandstill(DateOnly noticePublished, int workingDays = MinimumStandstillWorkingDays) =>
        StandstillBeginningWith(noticePublished, workingDays);

    /// <summary>Last day for the contract details notice (s.53(1), (2)): 30 days beginning with the day the contract is entered into, 120 for a light touch contract.</summary>
    public static DateOnly ContractDetailsNoticeDue(DateOnly contractEnteredInto, bool lightTouch) =>
        LastOfDaysBeginningWith(contractEnteredInto, lightTouch ? 120 : 30);

    /// <summary>Last day to publish a copy of a contract worth more than £5 million (s.53(3), (4)): 90 days beginning with the day it is entered into, 180 for light touch.</summary>
    public static DateOnly ContractCopyDue(DateOnly contractEnteredInto, bool lightTouch) =>
        LastOfDaysBeginningWith(contractEnteredInto, lightTouch ? 180 : 90);

    /// <summary>Last day to publish a copy of a modified contract, or of the modification, for a contract worth more than £5 million (s.77): 90 days beginning with the day of the modification.</summary>
    public static DateOnly ModifiedContractCopyDue(DateOnly modified) => LastOfDaysBeginningWith(modified, 90);

    /// <summary>Last day for the contract termination notice (s.80(1)): 30 days beginning with the day the contract ended.</summary>
    public static DateOnly TerminationNoticeDue(DateOnly contractEnded) => LastOfDaysBeginningWith(contractEnded, 30);

    /// <summary>The last day of a period of <paramref name="days"/> calendar days beginning with <paramref name="firstDay"/> (day 1).</summary>
    public static DateOnly LastOfDaysBeginningWith(DateOnly firstDay, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        return firstDay.AddDays(days - 1);
    }

    private static StandstillPeriod StandstillBeginningWith(DateOnly published, int workingDays)
    {
        if (workingDays < MinimumStandstillWorkingDays)
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays,
                $"A standstill period is at least {MinimumStandstillWorkingDays} working days (Procurement Act 2023, s.51(2) and s.76(2)).");
        var calendar = WorkingDayCalendar.UnitedKingdom;
        return new StandstillPeriod(calendar.NextWorkingDayOnOrAfter(published), calendar.LastOfWorkingDaysBeginningWith(published, workingDays));
    }
}
