namespace Notices.Domain.Time;

/// <summary>
/// Working days as section 123(1) of the Procurement Act 2023 defines them: every day except a
/// Saturday, a Sunday, or a day that is a bank holiday in any part of the United Kingdom under the
/// Banking and Financial Dealings Act 1971. A Scottish-only or Northern-Irish-only bank holiday is
/// therefore not a working day for an English council either.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly DateOnly _first;
    private readonly DateOnly _last;
    private readonly IReadOnlyList<BankHoliday>[] _holidaysByYear;
    // One flag per covered day (true = working day), so counting working days is a walk over an array.
    private readonly bool[] _working;

    private WorkingDayCalendar(OneOffBankHolidayFile oneOffs)
    {
        FirstYear = oneOffs.FirstYear;
        LastYear = oneOffs.LastYear;
        _first = new DateOnly(FirstYear, 1, 1);
        _last = new DateOnly(LastYear, 12, 31);
        _holidaysByYear = new IReadOnlyList<BankHoliday>[LastYear - FirstYear + 1];
        for (var year = FirstYear; year <= LastYear; year++)
            _holidaysByYear[year - FirstYear] = HolidaysOf(year, oneOffs.Changes.Where(c => c.Date.Year == year).ToList());

        _working = new bool[_last.DayNumber - _first.DayNumber + 1];
        for (var i = 0; i < _working.Length; i++)
            _working[i] = !RegularBankHolidays.IsWeekend(_first.AddDays(i));
        foreach (var holiday in _holidaysByYear.SelectMany(h => h))
            _working[holiday.Date.DayNumber - _first.DayNumber] = false;
    }

    /// <summary>The calendar for the whole United Kingdom, with the one-off days compiled into this assembly.</summary>
    public static WorkingDayCalendar UnitedKingdom { get; } = new(OneOffBankHolidayFile.LoadEmbedded());

    /// <summary>The first year this calendar can answer for.</summary>
    public int FirstYear { get; }

    /// <summary>The last year this calendar can answer for: later bank holidays may not have been proclaimed yet.</summary>
    public int LastYear { get; }

    /// <summary>Whether <paramref name="day"/> is a working day under section 123(1).</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        EnsureCovered(day);
        return _working[day.DayNumber - _first.DayNumber];
    }

    /// <summary>The bank holidays of <paramref name="year"/> in date order, each with the part or parts of the UK it applies to.</summary>
    public IReadOnlyList<BankHoliday> BankHolidays(int year)
    {
        if (year < FirstYear || year > LastYear)
            throw OutsideRange($"the year {year}");
        return _holidaysByYear[year - FirstYear];
    }

    /// <summary>The bank holidays that fall on <paramref name="day"/> (none on most days).</summary>
    public IReadOnlyList<BankHoliday> BankHolidaysOn(DateOnly day)
    {
        EnsureCovered(day);
        return BankHolidays(day.Year).Where(h => h.Date == day).ToList();
    }

    /// <summary><paramref name="day"/> itself if it is a working day, otherwise the next working day.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly day)
    {
        EnsureCovered(day);
        var index = day.DayNumber - _first.DayNumber;
        while (!_working[index])
            index = Next(index, day);
        return _first.AddDays(index);
    }

    /// <summary>
    /// The <paramref name="workingDays"/>th working day after <paramref name="start"/>, not counting
    /// <paramref name="start"/> itself. Zero gives <paramref name="start"/> back unchanged.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        EnsureCovered(start);
        var index = start.DayNumber - _first.DayNumber;
        for (var counted = 0; counted < workingDays;)
        {
            index = Next(index, start);
            if (_working[index])
                counted++;
        }
        return _first.AddDays(index);
    }

    /// <summary>
    /// The last day of a period of <paramref name="workingDays"/> working days "beginning with"
    /// <paramref name="firstDay"/>, as the Act counts: <paramref name="firstDay"/> is day 1 if it is a
    /// working day; if it is not, day 1 is the next working day.
    /// </summary>
    public DateOnly LastOfWorkingDaysBeginningWith(DateOnly firstDay, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        return AddWorkingDays(NextWorkingDayOnOrAfter(firstDay), workingDays - 1);
    }

    /// <summary>How many working days there are from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        EnsureCovered(from);
        EnsureCovered(to);
        if (to < from)
            throw new ArgumentException($"The end of the span ({to:yyyy-MM-dd}) is before its start ({from:yyyy-MM-dd}).", nameof(to));
        var count = 0;
        for (var i = from.DayNumber - _first.DayNumber; i <= to.DayNumber - _first.DayNumber; i++)
        {
            if (_working[i])
                count++;
        }
        return count;
    }

    private int Next(int index, DateOnly countingFrom)
    {
        if (index + 1 >= _working.Length)
            throw OutsideRange($"counting working days from {countingFrom:yyyy-MM-dd}, which runs past {_last:yyyy-MM-dd}");
        return index + 1;
    }

    private void EnsureCovered(DateOnly day)
    {
        if (day < _first || day > _last)
            throw OutsideRange(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private ArgumentOutOfRangeException OutsideRange(string what) =>
        new(null, $"The working-day calendar covers {FirstYear} to {LastYear} only, so it cannot answer for {what}. " +
            "Bank holidays for later years may not have been proclaimed yet: check GOV.UK and extend the one-off bank holiday file first.");

    private static System.Collections.ObjectModel.ReadOnlyCollection<BankHoliday> HolidaysOf(int year, IReadOnlyList<OneOffChange> changes)
    {
        var perNation = new List<BankHoliday>();
        foreach (var nation in new[] { UkNations.EnglandAndWales, UkNations.Scotland, UkNations.NorthernIreland })
        {
            var holidays = RegularBankHolidays.Of(nation, year).ToList();
            foreach (var change in changes.Where(c => c.Nations.HasFlag(nation)))
            {
                if (change.Kind == OneOffKind.Add)
                {
                    holidays.Add(new BankHoliday(change.Date, change.Name, nation, IsSubstituteDay: false));
                }
                else if (holidays.RemoveAll(h => h.Date == change.Date) == 0)
                {
                    throw new FormatException(
                        $"The one-off bank holiday file removes {change.Date:yyyy-MM-dd} in {nation}, which is not a bank holiday there.");
                }
            }
            perNation.AddRange(holidays);
        }

        // One entry per day and name, naming every part of the UK where it is a holiday.
        return perNation
            .GroupBy(h => (h.Date, h.Name, h.IsSubstituteDay))
            .Select(g => new BankHoliday(g.Key.Date, g.Key.Name, g.Aggregate(UkNations.None, (all, h) => all | h.Nations), g.Key.IsSubstituteDay))
            .OrderBy(h => h.Date)
            .ThenBy(h => h.Name, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
    }
}
