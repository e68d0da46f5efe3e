namespace Notices.Domain.Time;

/// <summary>
/// The bank holidays that recur every year in each part of the UK: those in Schedule 1 to the
/// Banking and Financial Dealings Act 1971 and those proclaimed every year under section 1(3)
/// (New Year's Day and the early May Monday everywhere; 2 January and St Andrew's Day in Scotland;
/// St Patrick's Day and 12 July in Northern Ireland; Boxing Day and the late May Monday in Scotland).
/// </summary>
internal static class RegularBankHolidays
{
    private const string Substitute = " (substitute day)";

    /// <summary>The holidays of one part of the UK in one year, substitute days included.</summary>
    public static IEnumerable<BankHoliday> Of(UkNations nation, int year)
    {
        var easterSunday = Easter.Sunday(year);
        var movable = new List<(DateOnly Date, string Name)>
        {
            (easterSunday.AddDays(-2), "Good Friday"),
            (FirstMonday(year, 5), "Early May bank holiday"),
            (LastMonday(year, 5), "Spring bank holiday"),
            (nation == UkNations.Scotland ? FirstMonday(year, 8) : LastMonday(year, 8), "Summer bank holiday"),
        };
        if (nation != UkNations.Scotland)
            movable.Add((easterSunday.AddDays(1), "Easter Monday"));

        // Holidays tied to a calendar date move to a later weekday when they fall at a weekend.
        var dated = new List<(DateOnly Date, string Name)> { (new DateOnly(year, 1, 1), "New Year's Day") };
        if (nation == UkNations.Scotland)
        {
            dated.Add((new DateOnly(year, 1, 2), "2nd January"));
            dated.Add((new DateOnly(year, 11, 30), "St Andrew's Day"));
        }
        if (nation == UkNations.NorthernIreland)
        {
            dated.Add((new DateOnly(year, 3, 17), "St Patrick's Day"));
            dated.Add((new DateOnly(year, 7, 12), "Battle of the Boyne (Orangemen's Day)"));
        }
        dated.Add((new DateOnly(year, 12, 25), "Christmas Day"));
        dated.Add((new DateOnly(year, 12, 26), "Boxing Day"));

        var taken = new HashSet<DateOnly>(movable.Select(h => h.Date));
        var holidays = movable.Select(h => new BankHoliday(h.Date, h.Name, nation, IsSubstituteDay: false)).ToList();

        // A dated holiday on a weekday keeps its day; only then do the weekend ones take the next
        // free weekday, in date order. So when Christmas Day is a Sunday, Boxing Day stays on the
        // Monday and Christmas moves to the Tuesday, as GOV.UK lists it (and likewise 1 and 2 January
        // in Scotland). Where both fall at the weekend they take Monday and Tuesday in turn.
        foreach (var (date, name) in dated.Where(h => !IsWeekend(h.Date)))
        {
            taken.Add(date);
            holidays.Add(new BankHoliday(date, name, nation, IsSubstituteDay: false));
        }
        foreach (var (date, name) in dated.Where(h => IsWeekend(h.Date)).OrderBy(h => h.Date))
        {
            var substitute = date;
            while (IsWeekend(substitute) || taken.Contains(substitute))
                substitute = substitute.AddDays(1);
            taken.Add(substitute);
            holidays.Add(new BankHoliday(substitute, name + Substitute, nation, IsSubstituteDay: true));
        }
        return holidays;
    }

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != DayOfWeek.Monday)
            day = day.AddDays(1);
        return day;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Monday)
            day = day.AddDays(-1);
        return day;
    }
}
