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
            $"Storage requests per notice: workflow {Median(notices, r => (double)r.Requests / r.Notices):F1}, bare {Median(bare, r => (double)r.Requests / r.Notices):F1}; by kind:"));
        PrintRequestKinds(notices, bare);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU per notice: workflow this process {Median(notices, r => r.ClientCpu.TotalMilliseconds / r.Notices):F1} ms + Azurite {Median(notices, r => r.AzuriteCpu.TotalMilliseconds / r.Notices):F1} ms; " +
            $"bare {Median(bare, r => r.ClientCpu.TotalMilliseconds / r.Notices):F1} ms + {Median(bare, r => r.AzuriteCpu.TotalMilliseconds / r.Notices):F1} ms; {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Approval to publication recorded: workflow p50 {Stats.Median(notices.SelectMany(r => r.PublishMilliseconds)):F0} ms, bare p50 {Stats.Median(bare.SelectMany(r => r.PublishMilliseconds)):F0} ms, p95 {Stats.Percentile(bare.SelectMany(r => r.PublishMilliseconds), 0.95):F0} ms; whole run {whole.TotalSeconds:F0} s"));
    }

    /// <summary>Requests per notice by kind, over all measured rounds, the workflow's beside the bare engine's.</summary>
    public static void PrintRequestKinds(IReadOnlyList<RoundResult> notices, IReadOnlyList<RoundResult> bare)
    {
        var workflow = PerNotice(notices);
        var engine = PerNotice(bare);
        foreach (var kind in workflow.Keys.Union(engine.Keys).OrderByDescending(k => workflow.GetValueOrDefault(k)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-20} workflow {workflow.GetValueOrDefault(kind),6:F1} per notice, bare {engine.GetValueOrDefault(kind),6:F1}"));
        }
    }

    private static Dictionary<string, double> PerNotice(IReadOnlyList<RoundResult> rounds)
    {
        var notices = (double)rounds.Sum(r => r.Notices);
        return rounds.SelectMany(r => r.RequestsByKind).GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Sum(k => k.Value) / notices);
    }

    private static double Median(IEnumerable<RoundResult> rounds, Func<RoundResult, double> value) => Stats.Median(rounds.Select(value));
}
