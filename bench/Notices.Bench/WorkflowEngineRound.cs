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
/// The workflow on its own engine for one round: its ports on Azure Storage under the round's table prefix, the
/// engine on the round's task hub, every request of both counted, and the lifecycle that sends its commands.
/// </summary>
internal sealed class WorkflowEngineRound : IAsyncDisposable
{
    /// <summary>How long a sender waits for an answer before it is told "received" and sends the command again.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(15);

    private readonly EngineHost engine;
    private readonly RecordWatch record;
    private readonly NotificationWatch notifications;
    private readonly PublicationTimes publications;

    private WorkflowEngineRound(EngineHost engine, RecordWatch record, NotificationWatch notifications, PublicationTimes publications, NoticeLifecycle lifecycle, RequestCounter requests)
    {
        this.engine = engine;
        this.record = record;
        this.notifications = notifications;
        this.publications = publications;
        Lifecycle = lifecycle;
        Requests = requests;
    }

    public NoticeLifecycle Lifecycle { get; }

    public RequestCounter Requests { get; }

    public static async Task<WorkflowEngineRound> StartAsync(AzuriteProcess azurite, string name, PublicationTimes publications)
    {
        var requests = new RequestCounter();
        var storage = CountedClients.Storage(azurite, requests);
        var names = new WorkflowStorageNames("Bench" + name);
        await WorkflowStorage.EnsureCreatedAsync(storage, names);
        var record = new RecordWatch(WorkflowStorage.Record(storage, names), publications);
        var notifications = new NotificationWatch(new TableNotificationSender(storage.Tables.GetTableClient(names.Notifications)));
        var options = new WorkflowOptions { ReplyTimeout = AnswerWithin };
        var engine = await EngineHost.StartAsync(azurite, $"Notices{name}", requests, (services, sidecar) =>
        {
            services.AddWorkflowStorage(storage, names);
            services.AddSingleton<IProcurementRecord>(record);
            services.AddSingleton<INotificationSender>(notifications);
            services.AddProcurementWorkflow(options);
            services.AddWorkflowEngine(sidecar);
        });

        // The sender's record is not the activities' watched one, so that only activities are counted as steps.
        var senders = WorkflowStorage.Record(storage, names);
        var lifecycle = new NoticeLifecycle(
            new ProcurementCommands(engine.Services.GetRequiredService<DurableTaskClient>(), senders, options), senders, publications);
        return new WorkflowEngineRound(engine, record, notifications, publications, lifecycle, requests);
    }

    /// <summary>The workflow's activities run so far: each recording, load, notification and publication is one.</summary>
    public long Steps() => record.Appends + record.Loads + notifications.Sent + publications.Count;

    public ValueTask DisposeAsync() => engine.DisposeAsync();
}
