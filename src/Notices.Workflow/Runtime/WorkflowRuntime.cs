using Notices.Workflow.ContractCopies;
using Notices.Workflow.InMemory;
using Notices.Workflow.Projections;
using Notices.Workflow.Publishing;

namespace Notices.Workflow.Runtime;

/// <summary>
/// The adapters the runtime needs: event streams, projections, the work queue, the register, notifications, and the
/// contract-copy files (without them, a contract copy's redaction and publication fail and wait to be retried).
/// </summary>
public sealed record WorkflowPorts(
    IEventStore Events,
    IProjectionStore Projections,
    IWorkQueueClient Queue,
    INoticeBlobStore Notices,
    INoticeNumbering Numbering,
    INotificationSender Notifications,
    IContractCopyFiles? ContractCopies = null);

/// <summary>
/// The durable workflow, composed: what the Function App uses. <see cref="Commands"/> for every write,
/// <see cref="Work"/> for each work-queue message, <see cref="Sweep"/> on a timer, <see cref="Queries"/> for
/// the screens; <see cref="Pump"/> is the in-process trigger loop's queue half.
/// </summary>
public sealed class WorkflowRuntime
{
    public WorkflowRuntime(WorkflowPorts ports, TimeProvider clock, WorkflowOptions? options = null, INoticePublisher? publisher = null)
    {
        ArgumentNullException.ThrowIfNull(ports);
        Options = options ?? new WorkflowOptions();
        Ports = ports;
        Diagnostics = new WorkflowDiagnostics();
        var settlement = new Settlement(ports.Events, ports.Projections, ports.Queue, clock, Diagnostics);
        Commands = new CommandHandler(ports.Events, new StreamCache(Options.CachedStreams), settlement, Options.Reactions, Diagnostics);
        Publisher = publisher ?? new LocalRegister(ports.Notices, ports.Numbering, clock);
        var contractCopies = new ContractCopyActivities(Commands, ports.ContractCopies, Publisher, clock);
        var activities = new Activities(Commands, Publisher, ports.Notifications, contractCopies, clock);
        if (Options.RunActivitiesInProcess)
        {
            settlement.InProcess = activities;
        }

        Work = new WorkItemProcessor(Commands, activities, ports.Events, ports.Queue, settlement, clock, Options);
        Sweep = new Sweep(ports.Events, settlement, clock, Options);
        Pump = new WorkQueuePump(ports.Queue, Work, Options, Diagnostics);
        Queries = new WorkflowQueries(ports.Projections, new EventStoreReader(ports.Events));
    }

    public WorkflowOptions Options { get; }

    public WorkflowPorts Ports { get; }

    public WorkflowDiagnostics Diagnostics { get; }

    public CommandHandler Commands { get; }

    public INoticePublisher Publisher { get; }

    public WorkItemProcessor Work { get; }

    public Sweep Sweep { get; }

    public WorkQueuePump Pump { get; }

    public WorkflowQueries Queries { get; }

    /// <summary>Everything in memory: for tests and for trying the workflow without storage.</summary>
    public static WorkflowPorts InMemoryPorts(TimeProvider clock) => new(
        new InMemoryEventStore(),
        new InMemoryProjectionStore(),
        new InMemoryWorkQueueClient(clock),
        new InMemoryNoticeBlobStore(),
        new InMemoryNoticeNumbering(),
        new InMemoryNotificationSender());
}
