using Notices.Domain.Time;
using Xunit;

namespace Notices.Domain.Tests.Time;

/// <summary>
/// The computed bank holidays of each part of the UK against the lists GOV.UK publishes
/// (www.gov.uk/bank-holidays), year by year.
/// </summary>
public sealed class BankHolidayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.UnitedKingdom;

    public static TheoryData<int, UkNations, string> GovUkLists => new()
    {
        { 2025, UkNations.EnglandAndWales, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26" },
        { 2025, UkNations.Scotland, "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26" },
        { 2025, UkNations.NorthernIreland, "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26" },
        { 2026, UkNations.EnglandAndWales, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28" },
        { 2026, UkNations.Scotland, "01-01 01-02 04-03 05-04 05-25 06-15 08-03 11-30 12-25 12-28" },
        { 2026, UkNations.NorthernIreland, "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28" },
        { 2027, UkNations.EnglandAndWales, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28" },
        { 2027, UkNations.Scotland, "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28" },
        { 2027, UkNations.NorthernIreland, "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28" },
        { 2028, UkNations.EnglandAndWales, "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26" },
        { 2028, UkNations.Scotland, "01-03 01-04 04-14 05-01 05-29 08-07 11-30 12-25 12-26" },
        { 2028, UkNations.NorthernIreland, "01-03 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26" },
        // One-off and moved days from the proclamations of 2022 and 2023.
        { 2022, UkNations.EnglandAndWales, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27" },
        { 2022, UkNations.Scotland, "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27" },
        { 2023, UkNations.EnglandAndWales, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26" },
        { 2023, UkNations.NorthernIreland, "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26" },
    };

    [Theory]
    [MemberData(nameof(GovUkLists))]
    public void BankHolidays_EachNation_MatchesTheListGovUkPublishes(int year, UkNations nation, string monthDays)
    {
        var expected = monthDays.Split(' ').Select(md => DateOnly.Parse($"{year}-{md}", System.Globalization.CultureInfo.InvariantCulture));

        var actual = Calendar.BankHolidays(year).Where(h => h.Nations.HasFlag(nation)).Select(h => h.Date).Distinct();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void BankHolidays_WorldCupDay2026_AppliesToScotlandOnly()
    {
        var holiday = Assert.Single(Calendar.BankHolidaysOn(new DateOnly(2026, 6, 15)));

        Assert.Equal("World Cup bank holiday", holiday.Name);
        Assert.Equal(UkNations.Scotland, holiday.Nations);
    }

    [Fact]
    public void BankHolidays_ChristmasOnSunday2022_BoxingDayKeepsMondayAndChristmasMovesToTuesday()
    {
        var holidays = Calendar.BankHolidays(2022).Where(h => h.Date.Month == 12).ToList();

        Assert.Contains(new BankHoliday(new DateOnly(2022, 12, 26), "Boxing Day", UkNations.All, false), holidays);
        Assert.Contains(new BankHoliday(new DateOnly(2022, 12, 27), "Christmas Day (substitute day)", UkNations.All, true), holidays);
    }

    [Fact]
    public void BankHolidays_StAndrewsDayOnSunday2025_MovesToMondayInScotlandOnly()
    {
        var holiday = Assert.Single(Calendar.BankHolidaysOn(new DateOnly(2025, 12, 1)));

        Assert.Equal("St Andrew's Day (substitute day)", holiday.Name);
        Assert.Equal(UkNations.Scotland, holiday.Nations);
        Assert.True(holiday.IsSubstituteDay);
    }

    [Fact]
    public void BankHolidays_GoodFridayAndEasterMonday_NameTheNationsEachAppliesTo()
    {
        var easter = Calendar.BankHolidays(2026).Where(h => h.Date.Month == 4).ToList();

        Assert.Equal(UkNations.All, easter.Single(h => h.Name == "Good Friday").Nations);
        Assert.Equal(UkNations.EnglandAndWales | UkNations.NorthernIreland, easter.Single(h => h.Name == "Easter Monday").Nations);
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2030, 4, 21)]
    [InlineData(2035, 3, 25)]
    public void EasterSunday_KnownYears_IsTheChurchDate(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Easter.Sunday(year));

    [Fact]
    public void BankHolidays_YearOutsideTheCalendar_SaysWhichYearsItCovers()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.BankHolidays(2036));

        Assert.Contains("covers 2020 to 2035", error.Message, StringComparison.Ordinal);
        Assert.Contains("2036", error.Message, StringComparison.Ordinal);
    }
}
