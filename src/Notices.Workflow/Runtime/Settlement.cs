using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Reactions;
using Notices.Workflow.State;

namespace Notices.Workflow.Runtime;

/// <summary>
/// Finishes an append: starts its timers (queue messages), runs or dispatches its activities, writes the
/// projection changes, then marks the append settled. Every step can be repeated safely, so the sweep runs
/// the same code after a crash; the sweep always dispatches to the work queue.
/// </summary>
public sealed class Settlement(IEventStore store, IProjectionStore projections, IWorkQueueClient queue, TimeProvider clock, WorkflowDiagnostics diagnostics)
{
    /// <summary>
    /// When set, a live append's activities run here, in the process that made the append, instead of going
    /// through the work queue; one that fails goes to the queue, whose deliveries then retry and poison it. A
    /// crash before an activity has run leaves the append's marker, and the sweep dispatches it to the queue.
    /// </summary>
    internal Activities? InProcess { get; set; }

    /// <summary>Dispatches every intent to the work queue, writes the projections and marks the append settled.</summary>
    public async Task SettleAsync(
        ProcurementId id, ProcurementState before, ProcurementState after, long lastVersion, IReadOnlyList<Intent> intents,
        bool rewriteProjections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intents);

        // Work first, so the workers start while the screens' rows are written.
        await Task.WhenAll(intents.Select(intent => DispatchAsync(id, intent, cancellationToken))).ConfigureAwait(false);
        await FinishAsync(id, before, after, lastVersion, rewriteProjections, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Settles an append just made, in the process that made it (<paramref name="before"/> is the state before <paramref name="range"/>).</summary>
    internal async Task SettleAppendAsync(
        ProcurementId id, ProcurementState before, ProcurementState after, UnsettledRange range, IReadOnlyList<Intent> intents,
        CancellationToken cancellationToken)
    {
        if (InProcess is not { } activities)
        {
            await SettleAsync(id, before, after, range.LastVersion, intents, rewriteProjections: false, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A publication's result is recorded on this stream, so it runs last: its append can then settle this one.
        var publications = intents.OfType<PublishNotice>().ToList();
        var last = publications.Count == 1 ? publications[0] : null;
        await Task.WhenAll(intents.Where(i => i != last).Select(intent => intent is ActivityIntent activity && Activities.RunsInProcess(activity)
            ? RunHereAsync(activities, id, activity, completes: null, cancellationToken)
            : DispatchAsync(id, intent, cancellationToken))).ConfigureAwait(false);
        if (last is not null && await RunHereAsync(activities, id, last, new CompletedAppend(range, before), cancellationToken).ConfigureAwait(false))
        {
            // The publication's append settled this one, and its settlement wrote the projections of both.
            return;
        }

        await FinishAsync(id, before, after, range.LastVersion, rewriteProjections: false, cancellationToken).ConfigureAwait(false);
    }

    private async Task FinishAsync(
        ProcurementId id, ProcurementState before, ProcurementState after, long lastVersion, bool rewriteProjections, CancellationToken cancellationToken)
    {
        var changes = Projector.Changes(id, before, after, rewriteProjections);
        if (changes.Count > 0)
        {
            await projections.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        }

        await store.SettleAsync(id, lastVersion, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>True when the activity's result settled <paramref name="completes"/>.</returns>
    private async Task<bool> RunHereAsync(Activities activities, ProcurementId id, ActivityIntent activity, CompletedAppend? completes, CancellationToken cancellationToken)
    {
        try
        {
            return await activities.RunAsync(id, activity, completes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // From here the work queue's deliveries retry it, and poison it after the last.
            diagnostics.Report($"Work item {activity.Id} failed in-process; it goes to the work queue.", id, e);
            await DispatchAsync(id, activity, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }

    private Task DispatchAsync(ProcurementId id, Intent intent, CancellationToken cancellationToken) => intent switch
    {
        // A cancellation was written with the append itself; there is nothing to send.
        CancelTimer => Task.CompletedTask,
        StartTimer timer => queue.SendAsync(new WorkMessage(id.Value, timer).ToJson(), TimerDelay(timer.DueAt), cancellationToken),
        _ => queue.SendAsync(new WorkMessage(id.Value, intent).ToJson(), TimeSpan.Zero, cancellationToken),
    };

    /// <summary>How long to hold a timer's message: until it is due, but at most the queue's limit.</summary>
    public TimeSpan TimerDelay(DateTimeOffset dueAt)
    {
        var wait = dueAt - clock.GetUtcNow();
        return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait < IWorkQueueClient.MaxDelay ? wait : IWorkQueueClient.MaxDelay;
    }
}
