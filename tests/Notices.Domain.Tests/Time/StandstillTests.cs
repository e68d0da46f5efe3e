using Notices.Domain.Time;
using Xunit;

namespace Notices.Domain.Tests.Time;

/// <summary>
/// The standstill period of s.51(2): eight working days beginning with the day the contract award
/// notice is published. Each row gives the publication day, the last day of standstill, and the
/// days that were skipped on the way.
/// </summary>
public sealed class StandstillTests
{
    [Fact]
    public void Standstill_FindATenderExample_PublishedTuesday3June2025_EndsThursday12June2025At235959Bst()
    {
        var standstill = Deadlines.Standstill(Day("2025-06-03"));

        Assert.Equal(Day("2025-06-03"), standstill.FirstDay);
        Assert.Equal(Day("2025-06-12"), standstill.LastDay);
        Assert.Equal(DateTimeOffset.Parse("2025-06-12T23:59:59+01:00", System.Globalization.CultureInfo.InvariantCulture), standstill.EndsAt);
        Assert.Equal(TimeSpan.FromHours(1), standstill.EndsAt.Offset);
        Assert.Equal(Day("2025-06-13"), standstill.EarliestContractDate);
    }

    [Theory]
    [InlineData("2025-06-07", "2025-06-18", "published on a Saturday: day 1 is Monday 9 June")]
    [InlineData("2026-04-01", "2026-04-14", "Easter: Good Friday 3 April and Easter Monday 6 April skipped")]
    [InlineData("2026-06-10", "2026-06-22", "Scotland's World Cup bank holiday, Monday 15 June, skipped")]
    [InlineData("2025-11-27", "2025-12-09", "St Andrew's Day substitute, Monday 1 December, skipped (Scotland only)")]
    [InlineData("2026-03-16", "2026-03-26", "St Patrick's Day, Tuesday 17 March, skipped (Northern Ireland only)")]
    [InlineData("2026-07-09", "2026-07-21", "the Twelfth's substitute, Monday 13 July, skipped (Northern Ireland only)")]
    [InlineData("2025-07-31", "2025-08-12", "Scottish summer bank holiday, Monday 4 August, skipped")]
    [InlineData("2025-12-24", "2026-01-08", "Christmas, Boxing Day, New Year's Day and Scotland's 2 January skipped")]
    [InlineData("2026-12-21", "2027-01-05", "Boxing Day substitute 28 Dec and Scotland's 2nd January substitute 4 Jan skipped")]
    [InlineData("2027-12-23", "2028-01-07", "Christmas and Boxing Day substitutes 27-28 Dec; New Year 3 Jan and 2nd January 4 Jan 2028")]
    public void Standstill_OverHolidays_EndsOnTheEighthWorkingDay(string published, string lastDay, string why)
    {
        Assert.True(Day(lastDay) == Deadlines.Standstill(Day(published)).LastDay, why);
    }

    [Theory]
    [InlineData("2026-03-16", "2026-03-26T23:59:59+00:00", "ends before the clocks go forward on 29 March: GMT")]
    [InlineData("2026-03-23", "2026-04-01T23:59:59+01:00", "runs over 29 March: ends in BST")]
    [InlineData("2026-10-12", "2026-10-21T23:59:59+01:00", "ends before the clocks go back on 25 October: BST")]
    [InlineData("2026-10-19", "2026-10-28T23:59:59+00:00", "runs over 25 October: ends in GMT")]
    public void Standstill_AroundClockChanges_EndsAt235959WithThatDaysUkOffset(string published, string endsAt, string why)
    {
        var expected = DateTimeOffset.Parse(endsAt, System.Globalization.CultureInfo.InvariantCulture);

        var actual = Deadlines.Standstill(Day(published)).EndsAt;

        Assert.True(expected == actual && expected.Offset == actual.Offset, $"{why}: expected {expected:o}, got {actual:o}");
    }

    [Fact]
    public void Standstill_LongerPeriodStatedInTheNotice_CountsThatManyWorkingDays()
    {
        Assert.Equal(Day("2025-06-17"), Deadlines.Standstill(Day("2025-06-03"), workingDays: 11).LastDay);
    }

    [Fact]
    public void Standstill_FewerThanEightWorkingDays_IsRefusedCitingTheAct()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Deadlines.Standstill(Day("2025-06-03"), workingDays: 5));

        Assert.Contains("at least 8 working days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VoluntaryStandstill_ContractChangeNoticePublishedFriday_EndsOnTheEighthWorkingDay()
    {
        // Friday 10 July 2026: 10, 14, 15, 16, 17, 20, 21, 22 July (13 July is the Twelfth's substitute).
        var standstill = Deadlines.VoluntaryStandstill(Day("2026-07-10"));

        Assert.Equal(Day("2026-07-10"), standstill.FirstDay);
        Assert.Equal(Day("2026-07-22"), standstill.LastDay);
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
