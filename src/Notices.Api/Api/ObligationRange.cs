using Notices.Domain.Time;

namespace Notices.Api;

/// <summary>The days a request for obligations covers: from and to as given, or from today for 90 days.</summary>
internal static class ObligationRange
{
    /// <summary>The most days one request for the obligations list covers.</summary>
    public const int ListMaxDays = 366;

    /// <summary>The range, or a problem naming the field when it runs backwards or is longer than <paramref name="maxDays"/>.</summary>
    public static (DateOnly From, DateOnly To, IResult? Problem) Resolve(DateOnly? from, DateOnly? to, TimeProvider clock, int maxDays, string tooLong)
    {
        var start = from ?? UkTime.DateOf(clock.GetUtcNow());
        var end = to ?? start.AddDays(90);
        if (end < start)
        {
            return (start, end, Problems.Validation("to", "The end of the range must not be before its start"));
        }

        return end.DayNumber - start.DayNumber > maxDays
            ? (start, end, Problems.Validation("to", tooLong))
            : (start, end, null);
    }
}
