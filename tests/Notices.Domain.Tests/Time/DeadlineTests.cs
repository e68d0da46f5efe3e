using Notices.Domain.Time;
using Xunit;

namespace Notices.Domain.Tests.Time;

/// <summary>
/// Periods in calendar days "beginning with" a day: that day is day 1, and the period is not
/// stretched when its last day is a weekend or a bank holiday.
/// </summary>
public sealed class DeadlineTests
{
    [Theory]
    [InlineData("2026-03-02", false, "2026-03-31")] // 30 days: 2 March is day 1, 31 March day 30
    [InlineData("2026-03-02", true, "2026-06-29")]  // 120 days for a light touch contract
    [InlineData("2026-02-01", false, "2026-03-02")] // over a short February
    [InlineData("2026-12-01", false, "2026-12-30")]
    [InlineData("2026-11-26", false, "2026-12-25")] // ends on Christmas Day: not extended
    public void ContractDetailsNoticeDue_Examples(string entered, bool lightTouch, string due) =>
        Assert.Equal(Day(due), Deadlines.ContractDetailsNoticeDue(Day(entered), lightTouch));

    [Theory]
    [InlineData("2026-03-02", false, "2026-05-30")] // 90 days
    [InlineData("2026-03-02", true, "2026-08-28")]  // 180 days for a light touch contract
    public void ContractCopyDue_Examples(string entered, bool lightTouch, string due) =>
        Assert.Equal(Day(due), Deadlines.ContractCopyDue(Day(entered), lightTouch));

    [Theory]
    [InlineData("2026-12-15", "2027-01-13")]
    [InlineData("2026-01-31", "2026-03-01")]
    [InlineData("2028-02-01", "2028-03-01")] // leap year: 29 days of February count
    public void TerminationNoticeDue_Examples(string ended, string due) =>
        Assert.Equal(Day(due), Deadlines.TerminationNoticeDue(Day(ended)));

    [Fact]
    public void ModifiedContractCopyDue_NinetyDaysBeginningWithTheModification() =>
        Assert.Equal(Day("2026-07-29"), Deadlines.ModifiedContractCopyDue(Day("2026-05-01")));

    [Fact]
    public void LastOfDaysBeginningWith_OneDay_IsThatDay() =>
        Assert.Equal(Day("2026-05-26"), Deadlines.LastOfDaysBeginningWith(Day("2026-05-26"), 1));

    [Fact]
    public void LastOfDaysBeginningWith_ZeroDays_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadlines.LastOfDaysBeginningWith(Day("2026-05-26"), 0));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
