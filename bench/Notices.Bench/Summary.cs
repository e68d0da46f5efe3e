using System.Globalization;

namespace Notices.Bench;

/// <summary>The medians of the measured rounds, and where the requests and processor time went, before the one-line result.</summary>
internal static class Summary
{
    public static void Print(IReadOnlyList<RoundResult> notices, IReadOnlyList<RoundResult> bare, TimeSpan whole)
    {
        var ratios = notices.Zip(bare, (n, b) => n.NoticesPerSecond / b.NoticesPerSecond).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Medians of {notices.Count} rounds: workflow {Stats.Median(notices.Select(r => r.NoticesPerSecond)):F2} notices/s, bare engine {Stats.Median(bare.Select(r => r.NoticesPerSecond)):F2}/s; " +
            $"ratio in each round {string.Join(", ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Activities per procurement: workflow {Median(notices, r => r.Activities / (double)(r.Notices / NoticeLifecycle.NoticesEach)):F1}, bare {Median(bare, r => r.Activities / (double)(r.Notices / NoticeLifecycle.NoticesEach)):F1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Storage requests per notice: workflow {Median(notices, r => (double)r.Requests / r.Notices):F1}, bare {Median(bare, r => (double)r.Requests / r.Notices):F1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU per notice: workflow this process {Median(notices, r => r.ClientCpu.TotalMilliseconds / r.Notices):F1} ms + Azurite {Median(notices, r => r.AzuriteCpu.TotalMilliseconds / r.Notices):F1} ms; " +
            $"bare {Median(bare, r => r.ClientCpu.TotalMilliseconds / r.Notices):F1} ms + {Median(bare, r => r.AzuriteCpu.TotalMilliseconds / r.Notices):F1} ms; {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Approval to publication recorded: workflow p50 {Stats.Median(notices.SelectMany(r => r.PublishMilliseconds)):F0} ms, bare p50 {Stats.Median(bare.SelectMany(r => r.PublishMilliseconds)):F0} ms, p95 {Stats.Percentile(bare.SelectMany(r => r.PublishMilliseconds), 0.95):F0} ms; whole run {whole.TotalSeconds:F0} s"));
    }

    private static double Median(IEnumerable<RoundResult> rounds, Func<RoundResult, double> value) => Stats.Median(rounds.Select(value));
}
