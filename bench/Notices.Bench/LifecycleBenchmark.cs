using System.Diagnostics;
using System.Globalization;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Notices.Azurite;

namespace Notices.Bench;

/// <summary>
/// The default benchmark: procurements through their lifecycle on the local Durable engine (Durable Functions'
/// Azure Storage backend over a fresh Azurite), and the same number of orchestration steps with empty activities on
/// the same engine as the ceiling, in alternating rounds so that both see the same machine. Ends with one line:
/// notices per second, the ratio to the bare engine, the 95th percentile from approval to publication recorded,
/// storage requests per notice (the engine's own included) and the minutes a council's year of notices would take.
/// </summary>
internal static class LifecycleBenchmark
{
    /// <summary>Procurements in flight at once in each round; each publishes five notices.</summary>
    private const int Procurements = 16;
    private const int Rounds = 3;
    private const int WarmUpProcurements = 4;
    private const double CouncilNoticesPerYear = 6000;

    public static async Task<int> RunAsync()
    {
        var whole = Stopwatch.StartNew();
        var publications = new PublicationTimes();
        var resent = new ResendTally();
        Console.WriteLine($"Warming up with {WarmUpProcurements} procurements on each engine; each round starts its own Azurite (in memory)...");
        await BareRoundAsync(publications, "warm-up bare", "w", WarmUpProcurements, resent);
        await WorkflowRoundAsync(publications, "warm-up notices", "w", WarmUpProcurements, resent);
        var bareRounds = new List<RoundResult>();
        var realRounds = new List<RoundResult>();
        for (var r = 1; r <= Rounds; r++)
        {
            bareRounds.Add(await BareRoundAsync(publications, $"round {r}/{Rounds} bare", $"r{r}", Procurements, resent));
            realRounds.Add(await WorkflowRoundAsync(publications, $"round {r}/{Rounds} notices", $"r{r}", Procurements, resent));
        }

        var notices = Stats.Median(realRounds.Select(x => x.NoticesPerSecond));
        var engine = Stats.Median(bareRounds.Select(x => x.NoticesPerSecond));
        var p95 = Stats.Percentile(realRounds.SelectMany(x => x.PublishMilliseconds), 0.95);
        var perNotice = (double)realRounds.Sum(x => x.Requests) / realRounds.Sum(x => x.Notices);
        Summary.Print(realRounds, bareRounds, whole.Elapsed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Commands sent again after {WorkflowEngineRound.AnswerWithin.TotalSeconds:F0} s without an answer: workflow {resent.Workflow}, bare {resent.Bare}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"notices_per_s={notices:F2} ratio_to_engine={notices / engine:F2} p95_publish_ms={p95:F0} storage_requests_per_notice={perNotice:F1} council_year_min={CouncilNoticesPerYear / notices / 60:F1}"));
        return 0;
    }

    // Each round has an Azurite of its own: Azurite keeps everything in one Node.js process and its queue reads slow
    // down as the engine's timer messages (hidden until their due dates) pile up, so later rounds on one Azurite would
    // each run slower than the last, whichever engine they measured.
    private static async Task<RoundResult> BareRoundAsync(PublicationTimes publications, string label, string name, int procurements, ResendTally resent)
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var round = new Round(azurite.ProcessId, publications);
        var requests = new RequestCounter();
        var tally = new BareTally();
        await using var engine = await EngineHost.StartAsync(azurite, $"Bare{name}", requests,
            (services, sidecar) => BareEngine.Register(services, sidecar, publications, tally));
        var commands = new BareCommands(engine.Services.GetRequiredService<DurableTaskClient>(), WorkflowEngineRound.AnswerWithin);
        var result = await round.RunAsync(label, $"{name}-bare", procurements, new BareLifecycle(commands, publications).RunAsync, requests, () => tally.Runs);
        resent.AddBare(commands.Resent);
        return result;
    }

    private static async Task<RoundResult> WorkflowRoundAsync(PublicationTimes publications, string label, string name, int procurements, ResendTally resent)
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var round = new Round(azurite.ProcessId, publications);
        await using var workflow = await WorkflowEngineRound.StartAsync(azurite, name, publications);
        var result = await round.RunAsync(label, $"{name}-notices", procurements, workflow.Lifecycle.RunAsync, workflow.Requests, workflow.Steps);
        resent.AddWorkflow(workflow.Lifecycle.Resent);
        return result;
    }
}
