using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging;
using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Notices.Domain.Notices;
using Notices.LocalEngine;
using Notices.Storage.Workflow;
using Notices.Testing;
using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Events;
using Notices.Testing.InMemory;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Publishing;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>
/// The workflow's orchestrations on a real Durable Task engine (the in-memory backend behind the gRPC sidecar, or
/// the Azure Storage one), with the standard worker and client, in-memory ports or those on Azure Storage, and a
/// clock the test moves. Client-only, it sends commands to orchestrations another process runs.
/// </summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private readonly DurableSidecar _sidecar;
    private readonly IHost _host;

    private EngineHarness(DurableSidecar sidecar, IHost host, EnginePorts ports, FakeTimeProvider clock, ProcurementId id)
    {
        _sidecar = sidecar;
        _host = host;
        Ports = ports;
        Clock = clock;
        Id = id;
    }

    public EnginePorts Ports { get; }

    public FakeTimeProvider Clock { get; }

    public ProcurementId Id { get; }

    public ProcurementWorkflow Workflow => _host.Services.GetRequiredService<ProcurementWorkflow>();

    /// <summary>Starts an engine.</summary>
    /// <param name="version">The orchestrator version its worker serves and its client starts.</param>
    /// <param name="backend">The orchestration service; a fresh in-memory one when null.</param>
    /// <param name="continuing">An earlier engine whose procurement, clock and ports this one takes over (a new deployment).</param>
    /// <param name="storage">The ports on Azure Storage instead of in memory.</param>
    /// <param name="clientOnly">Send commands only: another process on the same task hub runs the orchestrations.</param>
    /// <param name="contractCopies">The contract-copy files, for the copy's redaction and publication.</param>
    /// <param name="replyTimeout">How long a command's sender waits for an answer before answering "received".</param>
    public static async Task<EngineHarness> StartAsync(
        string version = WorkflowTasks.CurrentVersion, IOrchestrationService? backend = null, EngineHarness? continuing = null,
        AzurePorts? storage = null, bool clientOnly = false, IContractCopyFiles? contractCopies = null, TimeSpan? replyTimeout = null)
    {
        var clock = continuing?.Clock ?? new FakeTimeProvider(Moments.Start);
        var ports = continuing?.Ports ?? new EnginePorts();
        var sidecar = await DurableSidecar.StartAsync(backend ?? new InMemoryOrchestrationService(), clientOnly: clientOnly);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        if (storage is null)
        {
            builder.Services.AddSingleton<IProcurementRecord>(ports.Recording);
            builder.Services.AddSingleton<IProjectionStore>(ports.Projections);
            builder.Services.AddSingleton<INoticeBlobStore>(ports.Notices);
            builder.Services.AddSingleton<INoticeNumbering>(ports.Numbering);
            builder.Services.AddSingleton<INotificationSender>(ports.Notifications);
        }
        else
        {
            builder.Services.AddWorkflowStorage(storage.Storage, storage.Names);
        }

        if (contractCopies is not null)
        {
            builder.Services.AddSingleton(contractCopies);
        }

        // Generous: an engine on a busy machine, or one just restarted, may take a while to answer.
        builder.Services.AddProcurementWorkflow(new WorkflowOptions { ReplyTimeout = replyTimeout ?? TimeSpan.FromSeconds(60) });
        if (clientOnly)
        {
            builder.Services.AddWorkflowClient(sidecar.Address, version);
        }
        else
        {
            builder.Services.AddWorkflowEngine(sidecar.Address, version);
        }

        var host = builder.Build();
        await host.StartAsync();
        return new EngineHarness(sidecar, host, ports, clock, continuing?.Id ?? new ProcurementId("p-" + Guid.NewGuid().ToString("N")[..10]));
    }

    public DecisionContext As(Actor actor, string? why = null) => Contexts.By(actor, Clock.GetUtcNow(), why);

    public Task<CommandResult> Do(ProcurementCommand command) => Workflow.Commands.HandleAsync(Id, command);

    /// <summary>Sends the command, fails the test unless it is accepted, and waits for the work it caused.</summary>
    public async Task<CommandResult> Must(ProcurementCommand command)
    {
        var result = await Do(command);
        Assert.True(result.Succeeded, $"{command.GetType().Name}: {result.Outcome} {string.Join(" ", result.Problems.Select(p => p.Message))} {await DescribeAsync()}");
        await Settle();
        return result;
    }

    /// <summary>The orchestration as the engine reports it, for a failure's message.</summary>
    public async Task<string> DescribeAsync()
    {
        var instance = await _host.Services.GetRequiredService<Microsoft.DurableTask.Client.DurableTaskClient>().GetInstanceAsync(Id.Value, getInputsAndOutputs: true);
        var failures = string.Join("; ", (await EventsOf<WorkFailed>()).Select(f => $"{f.Work.Kind} failed: {f.Error}"));
        return instance is null ? "(no instance)" : $"{instance.RuntimeStatus} {instance.SerializedCustomStatus} {instance.SerializedOutput} {instance.FailureDetails?.ErrorMessage} {failures}";
    }

    public Task Settle() => Workflow.Commands.WaitUntilIdleAsync(Id);

    /// <summary>Moves the clock and tells the procurement, so the deadlines due by then run.</summary>
    public async Task AdvanceTo(DateTimeOffset moment)
    {
        Clock.SetUtcNow(moment);
        await Workflow.Commands.TellTimeAsync(Id, moment);
        await Settle();
    }

    public Task Register() => Must(Scenario.Registration(context: As(People.Commissioner)));

    /// <summary>Drafts a notice and submits it; returns its key.</summary>
    public async Task<string> DraftAndSubmit(NoticeType type)
    {
        var drafted = await Must(new DraftNotice(As(People.Commissioner), type, SampleContent.Valid(type)));
        var key = Assert.IsType<NoticeDrafted>(Assert.Single(drafted.Events)).NoticeKey;
        await Must(new SubmitNotice(As(People.Commissioner), key));
        return key;
    }

    public Task<CommandResult> Approve(string key, Actor? approver = null) =>
        Do(new ApproveNotice(As(approver ?? People.Approver, "Checked."), key, NoConflictOfInterest: true));

    /// <summary>Drafts, submits and approves a notice, and waits while it is published; returns its key.</summary>
    public async Task<string> Publish(NoticeType type)
    {
        var key = await DraftAndSubmit(type);
        await Must(new ApproveNotice(As(People.Approver, "Checked."), key, true));
        return key;
    }

    /// <summary>
    /// Registered, the tender notice published, awarded, the award notice published on Tuesday 3 June 2025, through
    /// the standstill, and the £7.8 million contract entered into on 13 June; returns the two notices' keys.
    /// </summary>
    public async Task<(string Uk4, string Uk6)> ContractedAsync()
    {
        await Register();
        var uk4 = await Publish(NoticeType.UK4);
        await Must(new RecordAwardDecision(As(People.Commissioner), [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")], 7_800_000m, Moments.Day(Clock.GetUtcNow())));
        Clock.SetUtcNow(Moments.AwardNoticePublished);
        var uk6 = await Publish(NoticeType.UK6);
        await AdvanceTo(Moments.ContractDay);
        await Must(new RecordContractEntered(As(People.Commissioner), Moments.Day(Moments.ContractDay), 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)));
        return (uk4, uk6);
    }

    /// <summary>Two approvers approve the same submitted notice at once: one is accepted, the other refused and told why; one publication.</summary>
    public async Task TwoApproversAtOnceAsync()
    {
        await Register();
        var key = await DraftAndSubmit(NoticeType.UK4);
        var results = await Task.WhenAll(Approve(key, People.Approver), Approve(key, People.SecondApprover));
        Assert.True(results.Count(r => r.Outcome == CommandOutcome.Accepted) == 1, string.Join(", ", results.Select(r => r.Outcome)) + await DescribeAsync());
        var refused = results.Single(r => r.Outcome != CommandOutcome.Accepted);
        Assert.True(refused.Outcome == CommandOutcome.Refused, refused.Outcome + await DescribeAsync());
        Assert.Matches("^This notice has already been (approved by|published)", Assert.Single(refused.Problems).Message);
        await Settle();
        Assert.Single(await EventsOf<NoticeApproved>());
        Assert.True((await EventsOf<NoticePublished>()).Count == 1, await DescribeAsync());
    }

    public async Task<IReadOnlyList<ProcurementEvent>> Events() =>
        (await _host.Services.GetRequiredService<IProcurementRecord>().LoadAsync(Id, CancellationToken.None)).Events.Select(e => e.Event).ToList();

    public async Task<IReadOnlyList<T>> EventsOf<T>() where T : ProcurementEvent => (await Events()).OfType<T>().ToList();

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _host.StopAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // A test that ends mid-work leaves the rest to nobody: the engine goes with it.
        }

        _host.Dispose();
        await _sidecar.DisposeAsync();
    }
}

/// <summary>The ports in memory, kept across a redeployment.</summary>
public sealed class EnginePorts
{
    public EnginePorts() => Recording = new GatedProcurementRecord(Record);

    public InMemoryProcurementRecord Record { get; } = new();

    /// <summary>The record as the engine writes it: appends can be held, to make the engine slow to answer.</summary>
    public GatedProcurementRecord Recording { get; }

    public InMemoryProjectionStore Projections { get; } = new();

    public CountingNoticeBlobStore Notices { get; } = new(new InMemoryNoticeBlobStore());

    public InMemoryNoticeNumbering Numbering { get; } = new();

    public InMemoryNotificationSender Notifications { get; } = new();
}

/// <summary>Counts the releases written, and can be made unreachable to fail publication.</summary>
public sealed class CountingNoticeBlobStore(INoticeBlobStore inner) : INoticeBlobStore
{
    private int _created;

    public int Created => _created;

    public bool Unreachable { get; set; }

    public async Task<bool> CreateAsync(string name, string json, CancellationToken cancellationToken)
    {
        if (Unreachable)
        {
            throw new IOException("The notices container cannot be reached.");
        }

        var created = await inner.CreateAsync(name, json, cancellationToken);
        if (created)
        {
            Interlocked.Increment(ref _created);
        }

        return created;
    }

    public Task<string?> ReadAsync(string name, CancellationToken cancellationToken) => inner.ReadAsync(name, cancellationToken);
}
