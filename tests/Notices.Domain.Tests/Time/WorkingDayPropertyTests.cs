using Notices.Domain.Time;
using Xunit;

namespace Notices.Domain.Tests.Time;

/// <summary>Checks over every day from 2024 to 2035, not just chosen examples.</summary>
public sealed class WorkingDayPropertyTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.UnitedKingdom;
    private static readonly DateOnly First = new(2024, 1, 1);
    private static readonly DateOnly Last = new(2035, 12, 31);

    private static IEnumerable<DateOnly> EveryDay()
    {
        for (var day = First; day <= Last; day = day.AddDays(1))
            yield return day;
    }

    [Fact]
    public void IsWorkingDay_EveryDay2024To2035_TrueExactlyForWeekdaysThatAreNoBankHolidayInAnyNation()
    {
        var holidays = Enumerable.Range(2024, 12)
            .SelectMany(Calendar.BankHolidays)
            .Select(h => h.Date)
            .ToHashSet();

        foreach (var day in EveryDay())
        {
            var expected = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);
            Assert.True(expected == Calendar.IsWorkingDay(day), $"{day:yyyy-MM-dd} ({day.DayOfWeek})");
        }
    }

    [Fact]
    public void BankHolidays_EveryYear2024To2035_HasTheEightCommonDaysAndTheNationalOnes()
    {
        foreach (var year in Enumerable.Range(2024, 12))
        {
            var holidays = Calendar.BankHolidays(year);
            foreach (var nation in new[] { UkNations.EnglandAndWales, UkNations.Scotland, UkNations.NorthernIreland })
            {
                var count = holidays.Where(h => h.Nations.HasFlag(nation)).Select(h => h.Date).Distinct().Count();
                // E&W 8, Scotland 9, NI 10 every year, plus any proclaimed one-off day.
                var usual = nation switch { UkNations.Scotland => 9, UkNations.NorthernIreland => 10, _ => 8 };
                var oneOffs = year == 2026 && nation == UkNations.Scotland ? 1 : 0;
                Assert.True(usual + oneOffs == count, $"{year} {nation}: {count} bank holidays");
            }
            Assert.All(holidays, h => Assert.False(RegularWeekend(h.Date), $"{h.Name} on {h.Date:yyyy-MM-dd} is at a weekend"));
        }
    }

    [Fact]
    public void AddWorkingDays_FromEveryDay2024To2035_NeverLandsOnAWeekendOrAHolidayAndCountsExactly()
    {
        foreach (var day in EveryDay().Where(d => d < new DateOnly(2035, 12, 1)))
        {
            foreach (var n in new[] { 1, 5, 8 })
            {
                var landed = Calendar.AddWorkingDays(day, n);
                Assert.False(RegularWeekend(landed), $"{day:yyyy-MM-dd} + {n} = {landed:yyyy-MM-dd}");
                Assert.True(Calendar.IsWorkingDay(landed), $"{day:yyyy-MM-dd} + {n} = {landed:yyyy-MM-dd}");
                Assert.Equal(n, Calendar.WorkingDaysBetween(day.AddDays(1), landed));
            }
        }
    }

    [Fact]
    public void Standstill_PublishedOnEveryDay2024To2035_EndsOnTheEighthWorkingDayAndAtTheEndOfThatDay()
    {
        foreach (var day in EveryDay().Where(d => d < new DateOnly(2035, 12, 1)))
        {
            var standstill = Deadlines.Standstill(day);
            Assert.Equal(8, Calendar.WorkingDaysBetween(day, standstill.LastDay));
            Assert.True(Calendar.IsWorkingDay(standstill.LastDay));
            Assert.Equal(standstill.LastDay, UkTime.DateOf(standstill.EndsAt));
            Assert.Equal(standstill.LastDay.AddDays(1), UkTime.DateOf(standstill.EndsAt.AddSeconds(1)));
        }
    }

    private static bool RegularWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
