using System.Diagnostics;
using System.Globalization;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;
using Notices.Testing.Notices;

namespace Notices.Bench;

/// <summary>
/// Notices rendered as OCDS releases and validated, per second on one core: the median of several
/// rounds over a mix of notice types weighted as a council publishes them, and bytes allocated per notice.
/// </summary>
internal static class NoticesBenchmark
{
    private const int Rounds = 7;
    private const int NoticesPerRound = 60_000;
    private const double Target = 20_000;

    public static int Run()
    {
        PinToOneCore();
        var mix = Mix();
        var context = new PublicationContext(SampleNotices.Ocid, "083674-2026", new DateTimeOffset(2026, 11, 30, 10, 15, 0, TimeSpan.Zero));
        foreach (var notice in mix.DistinctBy(n => n.Type))
        {
            if (!NoticeValidator.Validate(notice).IsValid)
            {
                Console.Error.WriteLine($"The {notice.Type} sample is not valid; the benchmark measures valid notices.");
                return 1;
            }
        }

        var both = Measure(mix, n => { NoticeValidator.Validate(n); OcdsReleaseWriter.Write(n, context); });
        var validateOnly = Measure(mix, n => NoticeValidator.Validate(n));
        var renderOnly = Measure(mix, n => OcdsReleaseWriter.Write(n, context));

        Console.WriteLine($"notices: render + validate on one core, median of {Rounds} rounds of {NoticesPerRound:N0} notices");
        Console.WriteLine($"  mix: {string.Join(" ", mix.GroupBy(n => n.Type).Select(g => $"{g.Key}x{g.Count()}"))}");
        Console.WriteLine($"  render + validate  {both.Median,12:N0} notices/s  (rounds {both.Slowest:N0} to {both.Fastest:N0})  {both.BytesPerNotice,8:N0} bytes allocated per notice");
        Console.WriteLine($"  validate only      {validateOnly.Median,12:N0} notices/s  {validateOnly.BytesPerNotice,52:N0} bytes allocated per notice");
        Console.WriteLine($"  render only        {renderOnly.Median,12:N0} notices/s  {renderOnly.BytesPerNotice,52:N0} bytes allocated per notice");
        if (File.Exists("/proc/loadavg"))
        {
            // A shared machine slows every round; the load average says how much company the benchmark had.
            Console.WriteLine($"  load average while measured: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
        }

        Console.WriteLine($"  target {Target:N0} notices/s: {(both.Median >= Target ? "met" : "NOT met")}, {(both.Median / Target).ToString("0.0", CultureInfo.InvariantCulture)} times the target");
        return both.Median >= Target ? 0 : 1;
    }

    private sealed record Result(double Median, double Slowest, double Fastest, double BytesPerNotice);

    private static Result Measure(Notice[] mix, Action<Notice> operation)
    {
        for (var i = 0; i < NoticesPerRound / 4; i++)
        {
            operation(mix[i % mix.Length]);
        }

        var perSecond = new double[Rounds];
        long allocated = 0;
        for (var round = 0; round < Rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < NoticesPerRound; i++)
            {
                operation(mix[i % mix.Length]);
            }

            clock.Stop();
            allocated += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            perSecond[round] = NoticesPerRound / clock.Elapsed.TotalSeconds;
        }

        Array.Sort(perSecond);
        return new Result(perSecond[Rounds / 2], perSecond[0], perSecond[^1], (double)allocated / (Rounds * NoticesPerRound));
    }

    /// <summary>
    /// Award, contract details and tender notices are what a council publishes most (one of each per
    /// procurement, more for multi-lot awards); change notices recur over a contract's life.
    /// </summary>
    private static Notice[] Mix() =>
    [
        SampleNotices.Tender, SampleNotices.ContractAward, SampleNotices.ContractDetails,
        SampleNotices.Tender, SampleNotices.ContractAward, SampleNotices.ContractDetails,
        SampleNotices.Tender, SampleNotices.ContractAward, SampleNotices.ContractDetails,
        SampleNotices.ContractChange, SampleNotices.ContractChange, SampleNotices.ContractTermination,
        SampleNotices.ContractPerformance, SampleNotices.Transparency, SampleNotices.Pipeline,
        SampleNotices.MarketEngagement, SampleNotices.PlannedProcurement, SampleNotices.ProcurementTermination,
    ];

    /// <summary>One core, as the figure promises; where the platform will not pin, say so.</summary>
    private static void PinToOneCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            try
            {
                Process.GetCurrentProcess().ProcessorAffinity = 1;
                return;
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Falls through to the notice below.
            }
        }

        Console.WriteLine("  (could not pin the process to one core; the benchmark still runs on one thread)");
    }
}
