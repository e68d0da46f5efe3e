using System.Diagnostics;
using System.Globalization;
using Notices.Domain.Time;

namespace Notices.Bench;

/// <summary>
/// How fast the working-day calendar answers: the standstill end for every publication day from
/// 2024 to 2035, repeated, on one thread. Prints the median of seven runs and bytes allocated per
/// standstill.
/// </summary>
internal static class DeadlineBenchmark
{
    private const int Runs = 7;

    public static int Run()
    {
        var days = new List<DateOnly>();
        for (var day = new DateOnly(2024, 1, 1); day < new DateOnly(2035, 12, 1); day = day.AddDays(1))
            days.Add(day);

        Measure(days, 3); // warm up the JIT and the calendar
        var rates = new List<double>();
        var bytes = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var (perSecond, bytesEach) = Measure(days, 50);
            rates.Add(perSecond);
            bytes.Add(bytesEach);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"deadlines: standstill end {Stats.Median(rates):N0} per second on one thread (median of {Runs} runs over {days.Count:N0} publication days), {Stats.Median(bytes):N1} bytes allocated per standstill"));
        return 0;
    }

    private static (double PerSecond, double BytesEach) Measure(List<DateOnly> days, int repeats)
    {
        var checksum = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < repeats; r++)
        {
            foreach (var day in days)
                checksum += Deadlines.Standstill(day).LastDay.DayNumber;
        }
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var count = (double)repeats * days.Count;
        GC.KeepAlive(checksum);
        return (count / clock.Elapsed.TotalSeconds, allocated / count);
    }
}
