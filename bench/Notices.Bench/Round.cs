using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Notices.Bench;

/// <summary>Runs one round: procurements all in flight at once, timed, their requests, activities and processor time counted.</summary>
internal sealed class Round(int azuriteProcessId, PublicationTimes publications)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    public async Task<RoundResult> RunAsync(
        string label, string prefix, int procurements, Func<string, ConcurrentBag<double>, Task> lifecycle, RequestCounter requests, Func<long> steps)
    {
        var latencies = new ConcurrentBag<double>();
        var requestsBefore = requests.Count;
        var kindsBefore = requests.Snapshot();
        var stepsBefore = steps();
        var publishedBefore = publications.Count;
        var expected = procurements * NoticeLifecycle.NoticesEach;
        var cpu = CpuMeter.Start(azuriteProcessId);
        var clock = Stopwatch.StartNew();
        var all = Task.WhenAll(Enumerable.Range(0, procurements).Select(i => lifecycle($"{prefix}-{i:D3}", latencies)));
        while (await Task.WhenAny(all, Task.Delay(ProgressEvery)) != all)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label}: {publications.Count - publishedBefore}/{expected} notices published after {clock.Elapsed.TotalSeconds:F0} s"));
        }

        await all;
        var seconds = clock.Elapsed.TotalSeconds;
        var (client, azurite) = cpu.Used();
        var kinds = requests.Snapshot().ToDictionary(k => k.Key, k => k.Value.Requests - kindsBefore.GetValueOrDefault(k.Key).Requests);
        var result = new RoundResult(seconds, expected, requests.Count - requestsBefore, kinds, steps() - stepsBefore, client, azurite, latencies.ToList());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {procurements} procurements, {expected} notices in {seconds:F1} s = {result.NoticesPerSecond:F2}/s; " +
            $"approval to publication recorded p50 {Stats.Median(latencies):F0} ms, p95 {Stats.Percentile(latencies, 0.95):F0} ms; " +
            $"{(double)result.Requests / expected:F1} requests and {(double)result.Activities / procurements:F1} activities per procurement; " +
            $"CPU this process {client.TotalSeconds:F1} s, Azurite {azurite.TotalSeconds:F1} s; load average {LoadAverage()}"));
        return result;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
