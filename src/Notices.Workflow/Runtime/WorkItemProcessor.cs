using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Law;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;
using Notices.Workflow.Reactions;
using Notices.Workflow.State;

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
    INoticePublisher publisher,
    INotificationSender notifications,
    IEventStore store,
    IWorkQueueClient queue,
    Settlement settlement,
    TimeProvider clock,
    WorkflowOptions options,
    ContractCopyActivities contractCopies)
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
            await commands.HandleAsync(message.Procurement, new RecordWorkFailed(context, message.Intent, e.Message), cancellationToken)
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

                await SendAsync(id, TimerCommands.For(timer, now), cancellationToken).ConfigureAwait(false);
                return WorkOutcome.Done;
            case PublishNotice publish:
                await PublishAsync(id, publish, cancellationToken).ConfigureAwait(false);
                return WorkOutcome.Done;
            case RedactContractCopy redact:
                await contractCopies.RedactAsync(id, redact, c => SendAsync(id, c, cancellationToken), cancellationToken).ConfigureAwait(false);
                return WorkOutcome.Done;
            case PublishContractCopy publish:
                await contractCopies.PublishAsync(id, publish, c => SendAsync(id, c, cancellationToken), cancellationToken).ConfigureAwait(false);
                return WorkOutcome.Done;
            case NotifyApprovers notify:
                await NotifyAsync(id, notify.Id, Role.Approver, await ApprovalSubjectAsync(id, notify, cancellationToken).ConfigureAwait(false), cancellationToken)
                    .ConfigureAwait(false);
                return WorkOutcome.Done;
            case NotifyAdministrators notify:
                await NotifyAsync(id, notify.Id, Role.Administrator, notify.Subject, cancellationToken).ConfigureAwait(false);
                return WorkOutcome.Done;
            case NotifyCommissioners notify:
                await NotifyAsync(id, notify.Id, Role.Commissioner, notify.Subject, cancellationToken).ConfigureAwait(false);
                return WorkOutcome.Done;
            default:
                throw new InvalidOperationException($"A work item of kind {message.Intent.GetType().Name} cannot be worked.");
        }
    }

    private async Task PublishAsync(ProcurementId id, PublishNotice publish, CancellationToken cancellationToken)
    {
        var current = await commands.CurrentAsync(id, fresh: false, cancellationToken).ConfigureAwait(false);
        if (Notice(current.State, publish.NoticeKey) is not ApprovedNoticeState and not PublishedNoticeState)
        {
            // The cached state may be older than the approval: read the stream.
            current = await commands.CurrentAsync(id, fresh: true, cancellationToken).ConfigureAwait(false);
        }

        var notice = Notice(current.State, publish.NoticeKey);
        if (notice is PublishedNoticeState)
        {
            return;
        }

        if (notice is not ApprovedNoticeState approved || current.State is not Registered s)
        {
            throw new InvalidOperationException($"Notice {publish.NoticeKey} of procurement {id} is not approved, so it cannot be published.");
        }

        // Contract copies published before their notice are referenced among its documents.
        var content = ContractCopyDocuments.Attach(approved.Content, ContractCopyEvolution.AwaitingNotice(s, approved.Type));
        var publication = await publisher.PublishAsync(
            new PublicationRequest(id, approved.Key, approved.Type, content, s.Ocid), cancellationToken).ConfigureAwait(false);
        var context = DecisionContext.ForWorkflow($"result.{publish.Id}", clock.GetUtcNow());
        await SendAsync(id, new RecordNoticePublished(context, publish.NoticeKey, publication), cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> ApprovalSubjectAsync(ProcurementId id, NotifyApprovers notify, CancellationToken cancellationToken)
    {
        var current = await commands.CurrentAsync(id, fresh: false, cancellationToken).ConfigureAwait(false);
        var title = current.State is Registered s ? s.Details.Title : id.Value;
        var name = Notice(current.State, notify.NoticeKey) is { } n
            ? NoticeNames.Of(n.Type)
            : current.State is Registered r && r.ContractCopies.ContainsKey(notify.NoticeKey) ? "redacted contract copy" : notify.NoticeKey;
        return notify.IsReminder
            ? $"Reminder: the {name} for '{title}' is still waiting for approval."
            : $"The {name} for '{title}' is waiting for approval.";
    }

    private Task NotifyAsync(ProcurementId id, string intentId, Role audience, string subject, CancellationToken cancellationToken) =>
        notifications.SendAsync(new Notification(intentId, audience, id, subject, clock.GetUtcNow()), cancellationToken);

    private async Task SendAsync(ProcurementId id, ProcurementCommand command, CancellationToken cancellationToken)
    {
        var result = await commands.HandleAsync(id, command, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The workflow's {command.GetType().Name} for procurement {id} was not recorded: "
                + string.Join(" ", result.Problems.Select(p => p.Message)));
        }
    }

    private static NoticeState? Notice(ProcurementState state, string key) =>
        state is Registered s && s.Notices.TryGetValue(key, out var n) ? n : null;
}
