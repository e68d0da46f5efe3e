using Notices.Domain.Time;
using Xunit;

namespace Notices.Domain.Tests.Time;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.UnitedKingdom;

    [Theory]
    [InlineData("2026-01-02", "2nd January: Scotland only")]
    [InlineData("2026-03-17", "St Patrick's Day: Northern Ireland only")]
    [InlineData("2024-03-18", "St Patrick's Day fell on a Sunday: Monday substitute, Northern Ireland")]
    [InlineData("2025-07-14", "12 July fell on a Saturday: Monday substitute, Northern Ireland")]
    [InlineData("2026-07-13", "12 July falls on a Sunday: Monday substitute, Northern Ireland")]
    [InlineData("2025-08-04", "Summer bank holiday in Scotland (first Monday in August)")]
    [InlineData("2025-08-25", "Summer bank holiday in England, Wales and Northern Ireland (last Monday)")]
    [InlineData("2025-12-01", "St Andrew's Day fell on a Sunday: Monday substitute, Scotland")]
    [InlineData("2026-06-15", "World Cup bank holiday: Scotland only, proclaimed")]
    [InlineData("2026-04-03", "Good Friday")]
    [InlineData("2026-04-06", "Easter Monday: not in Scotland, still not a working day")]
    [InlineData("2026-12-28", "Boxing Day falls on a Saturday: Monday substitute")]
    [InlineData("2027-12-27", "Christmas Day falls on a Saturday: Monday substitute")]
    [InlineData("2027-12-28", "Boxing Day falls on a Sunday: Tuesday substitute")]
    [InlineData("2028-01-04", "2 January falls on a Sunday, 1 January took Monday: Tuesday substitute, Scotland")]
    [InlineData("2026-06-13", "a Saturday")]
    [InlineData("2026-06-14", "a Sunday")]
    public void IsWorkingDay_HolidayAnywhereInTheUkOrWeekend_IsFalse(string day, string why)
    {
        Assert.False(Calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), why);
    }

    [Theory]
    [InlineData("2025-06-03")]
    [InlineData("2026-06-16")]
    [InlineData("2026-03-16")]
    [InlineData("2026-01-05")]
    [InlineData("2027-01-05")]
    public void IsWorkingDay_OrdinaryWeekday_IsTrue(string day) =>
        Assert.True(Calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2025-06-03", 1, "2025-06-04")]
    [InlineData("2025-06-06", 1, "2025-06-09")] // Friday -> Monday
    [InlineData("2026-06-12", 1, "2026-06-16")] // over the weekend and Scotland's World Cup Monday
    [InlineData("2026-12-24", 1, "2026-12-29")] // over Christmas Day and the Boxing Day substitute
    [InlineData("2026-12-31", 1, "2027-01-05")] // over New Year's Day and the 2nd January substitute
    [InlineData("2026-06-13", 0, "2026-06-13")] // zero working days: the start itself
    [InlineData("2025-06-03", 7, "2025-06-12")]
    public void AddWorkingDays_Examples_LandOnTheNthWorkingDayAfterStart(string start, int workingDays, string expected)
    {
        Assert.Equal(Day(expected), Calendar.AddWorkingDays(Day(start), workingDays));
    }

    [Theory]
    [InlineData("2025-06-03", 8, "2025-06-12")] // starts on a working day: it is day 1
    [InlineData("2026-06-13", 1, "2026-06-16")] // starts on a Saturday before a Scottish holiday: day 1 is Tuesday
    [InlineData("2026-04-03", 2, "2026-04-08")] // starts on Good Friday: day 1 is the Tuesday after Easter Monday
    public void LastOfWorkingDaysBeginningWith_Examples_CountTheFirstWorkingDayAsDayOne(string first, int workingDays, string expected)
    {
        Assert.Equal(Day(expected), Calendar.LastOfWorkingDaysBeginningWith(Day(first), workingDays));
    }

    [Fact]
    public void WorkingDaysBetween_ChristmasFortnight2026_CountsOnlyWorkingDays()
    {
        // 21 Dec 2026 to 3 Jan 2027: 21-24 Dec, 29-31 Dec are working days; 25, 28 Dec and 1 Jan are holidays.
        Assert.Equal(7, Calendar.WorkingDaysBetween(Day("2026-12-21"), Day("2027-01-03")));
    }

    [Fact]
    public void IsWorkingDay_DayBeforeTheCalendar_ExplainsTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(Day("2019-12-31")));

        Assert.Contains("covers 2020 to 2035", error.Message, StringComparison.Ordinal);
        Assert.Contains("2019-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingDays_RunningPastTheLastCoveredDay_ExplainsTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day("2035-12-20"), 30));

        Assert.Contains("runs past 2035-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWorkingDays_NegativeCount_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day("2026-01-05"), -1));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
