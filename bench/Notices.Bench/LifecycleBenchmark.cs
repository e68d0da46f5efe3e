using System.Diagnostics;
using System.Globalization;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Notices.Azurite;
using Notices.LocalEngine;
using Notices.Storage.Workflow;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;

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
        Console.WriteLine("Starting Azurite (in memory)...");
        await using var azurite = await AzuriteProcess.StartAsync();
        var publications = new PublicationTimes();
        var bareRequests = new RequestCounter();
        var requests = new RequestCounter();
        var tally = new BareTally();

        Console.WriteLine("Starting two engines on their own task hubs: the bare orchestration, and the workflow...");
        await using var bare = await EngineHost.StartAsync(azurite, "BenchBare", bareRequests,
            (services, sidecar) => BareEngine.Register(services, sidecar, publications, tally));
        var storage = CountedClients.Storage(azurite, requests);
        var names = new WorkflowStorageNames("Bench");
        await WorkflowStorage.EnsureCreatedAsync(storage, names);
        var record = new RecordWatch(WorkflowStorage.Record(storage, names), publications);
        var notifications = new NotificationWatch(new TableNotificationSender(storage.Tables.GetTableClient(names.Notifications)));
        var options = new WorkflowOptions { ReplyTimeout = TimeSpan.FromMinutes(1) };
        await using var workflow = await EngineHost.StartAsync(azurite, "BenchNotices", requests, (services, sidecar) =>
        {
            services.AddWorkflowStorage(storage, names);
            services.AddSingleton<IProcurementRecord>(record);
            services.AddSingleton<INotificationSender>(notifications);
            services.AddProcurementWorkflow(options);
            services.AddWorkflowEngine(sidecar);
        });

        // The sender's record is not the activities' watched one, so that only activities are counted as steps.
        var real = new NoticeLifecycle(
            new ProcurementCommands(workflow.Services.GetRequiredService<DurableTaskClient>(), WorkflowStorage.Record(storage, names), options), publications);
        var ceiling = new BareLifecycle(new BareCommands(bare.Services.GetRequiredService<DurableTaskClient>()), publications);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Engines ready after {whole.Elapsed.TotalSeconds:F1} s. Warming up with {WarmUpProcurements} procurements on each..."));
        var round = new Round(azurite.ProcessId, publications);
        await round.RunAsync("warm-up bare", "w-bare", WarmUpProcurements, ceiling.RunAsync, bareRequests, () => tally.Runs);
        await round.RunAsync("warm-up notices", "w-notices", WarmUpProcurements, real.RunAsync, requests, () => Steps(record, notifications, publications));

        var bareRounds = new List<RoundResult>();
        var realRounds = new List<RoundResult>();
        for (var r = 1; r <= Rounds; r++)
        {
            bareRounds.Add(await round.RunAsync($"round {r}/{Rounds} bare", $"r{r}-bare", Procurements, ceiling.RunAsync, bareRequests, () => tally.Runs));
            realRounds.Add(await round.RunAsync($"round {r}/{Rounds} notices", $"r{r}-notices", Procurements, real.RunAsync, requests, () => Steps(record, notifications, publications)));
        }

        var notices = Stats.Median(realRounds.Select(x => x.NoticesPerSecond));
        var engine = Stats.Median(bareRounds.Select(x => x.NoticesPerSecond));
        var ratio = notices / engine;
        var p95 = Stats.Percentile(realRounds.SelectMany(x => x.PublishMilliseconds), 0.95);
        var perNotice = (double)realRounds.Sum(x => x.Requests) / realRounds.Sum(x => x.Notices);
        var councilYear = CouncilNoticesPerYear / notices / 60;
        Summary.Print(realRounds, bareRounds, whole.Elapsed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"notices_per_s={notices:F2} ratio_to_engine={ratio:F2} p95_publish_ms={p95:F0} storage_requests_per_notice={perNotice:F1} council_year_min={councilYear:F1}"));
        return 0;
    }

    /// <summary>The workflow's activities run so far: each recording, load, notification and publication is one.</summary>
    private static long Steps(RecordWatch record, NotificationWatch notifications, PublicationTimes publications) =>
        record.Appends + record.Loads + notifications.Sent + publications.Count;
}
