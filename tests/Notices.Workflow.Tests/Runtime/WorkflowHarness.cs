using Notices.Domain.Notices;
using Notices.Testing;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Runtime;

/// <summary>The real runtime over a set of ports, with a clock the test moves and helpers for the usual steps.</summary>
public sealed class WorkflowHarness
{
    public WorkflowHarness(WorkflowPorts ports, ManualTimeProvider clock, WorkflowOptions? options = null)
    {
        Ports = ports;
        Clock = clock;
        Runtime = new WorkflowRuntime(ports, clock, options);
        Runtime.Diagnostics.Incident += incident => Incidents.Add(incident);
    }

    public WorkflowPorts Ports { get; }

    public ManualTimeProvider Clock { get; }

    public WorkflowRuntime Runtime { get; }

    public List<WorkflowIncident> Incidents { get; } = [];

    public ProcurementId Id { get; } = new("p-" + Guid.NewGuid().ToString("N")[..10]);

    public DecisionContext As(Actor actor, string? why = null) => Contexts.By(actor, Clock.GetUtcNow(), why);

    public Task<CommandResult> Do(ProcurementCommand command) => Runtime.Commands.HandleAsync(Id, command);

    public async Task<CommandResult> Must(ProcurementCommand command)
    {
        var result = await Do(command);
        Assert.True(result.Succeeded, $"{command.GetType().Name}: {result.Outcome} {string.Join(" ", result.Problems.Select(p => p.Message))}");
        return result;
    }

    public Task<int> Drain() => Runtime.Pump.DrainAsync();

    public async Task AdvanceTo(DateTimeOffset moment)
    {
        Clock.SetUtcNow(moment);
        await Drain();
    }

    public async Task Advance(TimeSpan by)
    {
        Clock.Advance(by);
        await Drain();
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

    /// <summary>Drafts, submits and approves a notice, then lets the workers publish it; returns its key.</summary>
    public async Task<string> Publish(NoticeType type)
    {
        var key = await DraftAndSubmit(type);
        await Must(new ApproveNotice(As(People.Approver, "Checked."), key, true));
        await Drain();
        return key;
    }

    public async Task<IReadOnlyList<ProcurementEvent>> Events() =>
        (await Ports.Events.LoadAsync(Id, CancellationToken.None)).Events.Select(e => e.Event).ToList();

    public async Task<IReadOnlyList<T>> EventsOf<T>() where T : ProcurementEvent => (await Events()).OfType<T>().ToList();
}
