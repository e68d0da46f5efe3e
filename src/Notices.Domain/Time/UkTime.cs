namespace Notices.Domain.Time;

/// <summary>
/// UK local time (Europe/London): GMT in winter, BST (UTC+1) from the last Sunday in March to the
/// last Sunday in October. Find a Tender states its dates and times in UK local time, and a day
/// in the Act is a UK calendar day.
/// </summary>
public static class UkTime
{
    private static readonly TimeOnly LastSecond = new(23, 59, 59);

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The UK calendar day on which <paramref name="instant"/> falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Today in the UK by <paramref name="clock"/> (pass <see cref="TimeProvider.System"/>, or a fake in tests).</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>Midnight at the start of <paramref name="day"/>, UK time, with that day's offset.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => At(day, TimeOnly.MinValue);

    /// <summary>23:59:59 UK time on <paramref name="day"/>, as Find a Tender writes a standstill end.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) => At(day, LastSecond);

    // UK clocks change at 01:00 UTC, so midnight and 23:59:59 are never skipped or repeated and
    // have exactly one offset.
    private static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
