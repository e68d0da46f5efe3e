using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Notices.Workflow.Reactions;

namespace Notices.Workflow.Runtime;

/// <summary>What became of one delivery of a work item.</summary>
public enum WorkOutcome
{
    /// <summary>The activity ran (or had already run) and its result, if any, is recorded.</summary>
    Done,

    /// <summary>A timer arrived before it was due and was sent on again.</summary>
    Rearmed,

    /// <summary>A timer was cancelled after it was started; it fired into nothing.</summary>
    Cancelled,
}

/// <summary>
/// Works one queue message: runs the activity or fires the timer, and sends the result back to the
/// procurement as a command. The Function App's queue trigger and the in-process pump both call it. Every
/// activity is idempotent by its intent id. A throw means "try again"; on the last attempt the failure is
/// first recorded on the procurement, which then shows it with a command to retry.
/// </summary>
public sealed class WorkItemProcessor(
    CommandHandler commands,
    Activities activities,
    IEventStore store,
    IWorkQueueClient queue,
    Settlement settlement,
    TimeProvider clock,
    WorkflowOptions options)
{
    /// <param name="body">The message text, already base64-decoded (as the Functions host passes it).</param>
    /// <param name="dequeueCount">How many times the message has been delivered, counting this one.</param>
    public async Task<WorkOutcome> ProcessAsync(string body, long dequeueCount, CancellationToken cancellationToken = default)
    {
        var message = WorkMessage.FromJson(body);
        try
        {
            return await RunAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (dequeueCount >= options.MaxDequeueCount && e is not OperationCanceledException)
        {
            var context = DecisionContext.ForWorkflow($"failed.{message.Intent.Id}", clock.GetUtcNow());
            await commands.HandleAsync(message.Procurement, new RecordWorkFailed(context, Reactions.WorkItems.Describe((Reactions.ActivityIntent)message.Intent), e.Message), cancellationToken)
                .ConfigureAwait(false);
            throw;
        }
    }

    private async Task<WorkOutcome> RunAsync(WorkMessage message, CancellationToken cancellationToken)
    {
        var id = message.Procurement;
        var now = clock.GetUtcNow();
        switch (message.Intent)
        {
            case StartTimer timer when timer.DueAt > now:
                await queue.SendAsync(message.ToJson(), settlement.TimerDelay(timer.DueAt), cancellationToken).ConfigureAwait(false);
                return WorkOutcome.Rearmed;
            case StartTimer timer:
                if (await store.IsTimerCancelledAsync(id, timer.Id, cancellationToken).ConfigureAwait(false))
                {
                    return WorkOutcome.Cancelled;
                }

                await activities.SendAsync(id, TimerCommands.For(timer, now), completes: null, cancellationToken).ConfigureAwait(false);
                return WorkOutcome.Done;
            case ActivityIntent activity:
                await activities.RunAsync(id, activity, completes: null, cancellationToken).ConfigureAwait(false);
                return WorkOutcome.Done;
            default:
                throw new InvalidOperationException($"A work item of kind {message.Intent.GetType().Name} cannot be worked.");
        }
    }
}
