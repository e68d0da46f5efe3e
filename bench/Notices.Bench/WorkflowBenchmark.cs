using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Notices.Azurite;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Testing.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;
using Lot = Notices.Workflow.Procurements.Lot;

namespace Notices.Bench;

/// <summary>
/// The workflow benchmark: N procurements through the full lifecycle on a fresh Azurite, against the raw
/// ceiling of entity group transactions per second measured from the same client in the same run.
/// </summary>
internal static class WorkflowBenchmark
{
    /// <summary>Procurements whose lifecycles run at once; the ceiling is measured with as many writers.</summary>
    private const int InFlight = 16;
    private const int Procurements = 128;
    private static readonly TimeSpan CeilingDuration = TimeSpan.FromSeconds(4);
    private static readonly Actor Commissioner = new("bench-commissioner", "Bench Commissioner", [Role.Commissioner]);
    private static readonly Actor Approver = new("bench-approver", "Bench Approver", [Role.Approver]);

    public static async Task<int> RunAsync()
    {
        Console.WriteLine("Starting Azurite (in memory)...");
        await using var azurite = await AzuriteProcess.StartAsync();
        var counter = new RequestCounter();
        var account = BenchStorage.Counted(azurite, counter);

        // The machine may be shared, and Azurite and this client run faster once warm: the ceiling is measured just
        // before and just after the workflow, and the higher of the two is used, so that neither flatters the ratio.
        var ceilingBefore = await MeasureCeilingAsync(account, azurite.ProcessId, "before");

        var names = new WorkflowStorageNames("Bench");
        await WorkflowStorage.EnsureCreatedAsync(account, names);
        var ports = WorkflowStorage.Ports(account, names);
        var publishedAt = new ConcurrentDictionary<(string, string), long>();
        var store = new PublicationWatch(ports.Events, publishedAt);
        var runtime = new WorkflowRuntime(ports with { Events = store }, TimeProvider.System, new WorkflowOptions { WorkConcurrency = 32 });
        var failures = 0;
        runtime.Diagnostics.Incident += _ => Interlocked.Increment(ref failures);

        using var stop = new CancellationTokenSource();
        var pumps = PumpAsync(runtime, stop.Token);
        var latencies = new ConcurrentBag<double>();
        var requestsBefore = counter.Count;
        var kindsBefore = counter.Snapshot();
        var transitionsBefore = store.Appends;
        var cpu = CpuMeter.Start(azurite.ProcessId);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Procurements), new ParallelOptions { MaxDegreeOfParallelism = InFlight },
            async (i, _) => await LifecycleAsync(runtime, i, publishedAt, latencies));
        var elapsed = clock.Elapsed;
        var (clientCpu, azuriteCpu) = cpu.Used();
        var requests = counter.Count - requestsBefore;
        var kinds = counter.Snapshot();
        var transitions = store.Appends - transitionsBefore;
        await stop.CancelAsync();
        await pumps;
        var ceilingAfter = await MeasureCeilingAsync(account, azurite.ProcessId, "after");
        var ceiling = Math.Max(ceilingBefore, ceilingAfter);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ceiling: {ceiling:F0} entity group transactions/s of three rows (head, event, outbox), {InFlight} writers each on its own partition as the workflow has {InFlight} procurements in flight, same client, each writer warmed up for 1 s first; the higher of {CeilingDuration.TotalSeconds:F0} s before ({ceilingBefore:F0}/s) and after ({ceilingAfter:F0}/s) the workflow"));

        var perSecond = transitions / elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        var p50 = Percentile(sorted, 0.50);
        var p95 = Percentile(sorted, 0.95);
        var ratio = perSecond / ceiling;
        var perTransition = (double)requests / transitions;
        Console.WriteLine($"Procurements: {Procurements}, each registered, UK4, award, UK6, standstill, contract, UK7, UK10, UK11 ({elapsed.TotalSeconds:F1} s)");
        Console.WriteLine($"Transitions: {transitions} ({perSecond:F1}/s); storage requests: {requests} ({perTransition:F2} per transition)");
        var byKind = kinds.Select(k => (Kind: k.Key, Requests: k.Value.Requests - kindsBefore.GetValueOrDefault(k.Key).Requests, Bytes: k.Value.Bytes - kindsBefore.GetValueOrDefault(k.Key).Bytes));
        foreach (var (kind, n, bytes) in byKind.Where(k => k.Requests > 0).OrderByDescending(k => k.Requests))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-20} {n,6} ({(double)n / transitions:F2} per transition, {bytes / 1024.0 / n:F1} KB each)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU during the workflow: this client {clientCpu.TotalSeconds:F1} s, Azurite {azuriteCpu.TotalSeconds:F1} s, over {elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores (load average {LoadAverage()}); per transition: client {clientCpu.TotalMilliseconds / transitions:F2} ms, Azurite {azuriteCpu.TotalMilliseconds / transitions:F2} ms"));
        Console.WriteLine($"Approval to publication recorded: p50 {p50:F0} ms, p95 {p95:F0} ms over {sorted.Length} notices; incidents: {failures}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio_to_ceiling={ratio:F2} transitions_per_s={perSecond:F1} requests_per_transition={perTransition:F2} p95_publish_ms={p95:F0}"));
        return 0;
    }

    private static async Task LifecycleAsync(WorkflowRuntime runtime, int index, ConcurrentDictionary<(string, string), long> publishedAt, ConcurrentBag<double> latencies)
    {
        var id = new ProcurementId($"bench-{index:D4}");
        var start = DateTimeOffset.UtcNow;
        DecisionContext Ctx(Actor who, TimeSpan later) => new(Guid.NewGuid().ToString("N"), who, start + later);
        async Task<CommandResult> Do(ProcurementCommand command)
        {
            var result = await runtime.Commands.HandleAsync(id, command);
            return result.Succeeded
                ? result
                : throw new InvalidOperationException($"{command.GetType().Name} on {id}: {string.Join(" ", result.Problems.Select(p => p.Message))}");
        }

        async Task PublishAsync(NoticeType type, TimeSpan later)
        {
            var drafted = await Do(new DraftNotice(Ctx(Commissioner, later), type, NoticeJson.Serialize(SampleNotices.All.Single(n => n.Type == type))));
            var key = drafted.Events.OfType<NoticeDrafted>().Single().NoticeKey;
            await Do(new SubmitNotice(Ctx(Commissioner, later), key));
            var approvedAt = Stopwatch.GetTimestamp();
            await Do(new ApproveNotice(Ctx(Approver, later), key, NoConflictOfInterest: true));
            while (!publishedAt.TryGetValue((id.Value, key), out var recordedAt))
            {
                await Task.Delay(5);
                if (Stopwatch.GetElapsedTime(approvedAt).TotalSeconds > 60)
                {
                    throw new TimeoutException($"{key} of {id} was not published within a minute.");
                }
            }

            latencies.Add(Stopwatch.GetElapsedTime(approvedAt, publishedAt[(id.Value, key)]).TotalMilliseconds);
        }

        await Do(new RegisterProcurement(Ctx(Commissioner, TimeSpan.Zero), "GB-PPON-PABC-1234-WXYZ", "Westshire County Council",
            $"Household waste collection {index}", 7_800_000m, Procedure.Open, ContractNature.Services, SpecialRegime.None,
            [new Lot(1, "Household waste collection", 7_800_000m)]));
        await PublishAsync(NoticeType.UK4, TimeSpan.Zero);
        await Do(new RecordAwardDecision(Ctx(Commissioner, TimeSpan.Zero), [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")],
            7_800_000m, DateOnly.FromDateTime(start.UtcDateTime)));
        await PublishAsync(NoticeType.UK6, TimeSpan.Zero);

        // Fifteen days on, the standstill is over: entering the contract records its end.
        var later = TimeSpan.FromDays(15);
        var entered = DateOnly.FromDateTime((start + later).UtcDateTime);
        await Do(new RecordContractEntered(Ctx(Commissioner, later), entered, 7_800_000m, entered, entered.AddYears(5)));
        await PublishAsync(NoticeType.UK7, later);
        await PublishAsync(NoticeType.UK10, later);
        await Do(new RecordContractChange(Ctx(Commissioner, later), "Add garden waste rounds.", 8_200_000m, entered));
        await Do(new RecordContractEnded(Ctx(Commissioner, later), entered, ContractEnding.TerminatedByAuthority));
        await PublishAsync(NoticeType.UK11, later);
    }

    /// <summary>The in-process trigger loop as the app runs it: poll, and back off from 100 ms to 2 s while nothing is visible.</summary>
    private static async Task PumpAsync(WorkflowRuntime runtime, CancellationToken stop)
    {
        var least = TimeSpan.FromMilliseconds(100);
        var idle = least;
        while (!stop.IsCancellationRequested)
        {
            if (await runtime.Pump.RunOnceAsync(CancellationToken.None) > 0)
            {
                idle = least;
                continue;
            }

            try
            {
                await Task.Delay(idle, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
        }
    }

    /// <summary>Entity group transactions of three inserts (as an append writes head, event and outbox row), each writer on its own partition.</summary>
    private static async Task<double> MeasureCeilingAsync(StorageServices account, int azuriteProcessId, string run)
    {
        var table = account.Tables.GetTableClient("BenchCeiling" + run);
        await table.CreateIfNotExistsAsync();

        // Warm up first (connections for every writer, the code paths compiled), so that only steady running is measured.
        await WritersAsync(table, "warm-up", Stopwatch.GetTimestamp() + Stopwatch.Frequency, () => { });
        long done = 0;
        var cpu = CpuMeter.Start(azuriteProcessId);
        var until = Stopwatch.GetTimestamp() + (long)(CeilingDuration.TotalSeconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        await WritersAsync(table, "w", until, () => Interlocked.Increment(ref done));
        var (client, server) = cpu.Used();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ceiling {run}: {done / clock.Elapsed.TotalSeconds:F0}/s; CPU per transaction: client {client.TotalMilliseconds / done:F2} ms, Azurite {server.TotalMilliseconds / done:F2} ms"));
        return done / clock.Elapsed.TotalSeconds;
    }

    private static Task WritersAsync(TableClient table, string prefix, long until, Action written) =>
        Task.WhenAll(Enumerable.Range(0, InFlight).Select(async writer =>
        {
            var pk = $"{prefix}{writer}";
            for (var n = 0; Stopwatch.GetTimestamp() < until; n++)
            {
                await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(pk, "head") { ["Version"] = (long)n }),
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(pk, $"e-{n:D10}") { ["Data"] = new string('x', 400) }),
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(pk, $"u-{n:D10}") { ["Data"] = new string('y', 200) }),
                ]);
                written();
            }
        }));

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
