using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Reactions;
using Notices.Workflow.State;

namespace Notices.Workflow.Runtime;

/// <summary>
/// Finishes an append: dispatches the intents to the work queue, writes the projection changes, then marks
/// the append settled. Every step can be repeated safely, so the sweep runs the same code after a crash.
/// </summary>
public sealed class Settlement(IEventStore store, IProjectionStore projections, IWorkQueueClient queue, TimeProvider clock)
{
    public async Task SettleAsync(
        ProcurementId id, ProcurementState before, ProcurementState after, long lastVersion, IReadOnlyList<Intent> intents,
        bool rewriteProjections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intents);

        // Work first, so the workers start while the screens' rows are written.
        await Task.WhenAll(intents.Select(intent => DispatchAsync(id, intent, cancellationToken))).ConfigureAwait(false);
        var changes = Projector.Changes(id, before, after, rewriteProjections);
        if (changes.Count > 0)
        {
            await projections.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        }

        await store.SettleAsync(id, lastVersion, cancellationToken).ConfigureAwait(false);
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
