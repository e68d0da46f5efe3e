using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Law;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;
using Notices.Workflow.Reactions;
using Notices.Workflow.State;

namespace Notices.Workflow.Runtime;

/// <summary>
/// The activities: publishing a notice and notifying people. Each is idempotent by its intent id, so running
/// one again (a second delivery, or the sweep re-dispatching work a crash left unsettled) has no second
/// effect. A queue delivery and the in-process run after an append both come here.
/// </summary>
public sealed class Activities(
    CommandHandler commands, INoticePublisher publisher, INotificationSender notifications, ContractCopyActivities contractCopies, TimeProvider clock)
{
    /// <summary>
    /// Whether the activity may run in the process that made its append: publishing and notifying are a few
    /// small writes; redacting and publishing a contract copy work on documents of any size, so they always
    /// go through the work queue.
    /// </summary>
    public static bool RunsInProcess(ActivityIntent activity) =>
        activity is PublishNotice or NotifyApprovers or NotifyAdministrators or NotifyCommissioners;

    /// <summary>Runs the activity and records its result, if it has one, as a command to the procurement.</summary>
    /// <param name="completes">
    /// The unsettled append that caused this activity, when this is its last outstanding work: the result's
    /// append then settles it in the same atomic write.
    /// </param>
    /// <returns>True when the result's append settled <paramref name="completes"/>.</returns>
    public async Task<bool> RunAsync(ProcurementId id, ActivityIntent activity, CompletedAppend? completes, CancellationToken cancellationToken)
    {
        switch (activity)
        {
            case PublishNotice publish:
                return await PublishAsync(id, publish, completes, cancellationToken).ConfigureAwait(false);
            case RedactContractCopy redact:
                await contractCopies.RedactAsync(id, redact, c => SendAsync(id, c, null, cancellationToken), cancellationToken).ConfigureAwait(false);
                return false;
            case PublishContractCopy publishCopy:
                await contractCopies.PublishAsync(id, publishCopy, c => SendAsync(id, c, null, cancellationToken), cancellationToken).ConfigureAwait(false);
                return false;
            case NotifyApprovers notify:
                await NotifyAsync(id, notify.Id, Role.Approver, await ApprovalSubjectAsync(id, notify, cancellationToken).ConfigureAwait(false), cancellationToken)
                    .ConfigureAwait(false);
                return false;
            case NotifyAdministrators notify:
                await NotifyAsync(id, notify.Id, Role.Administrator, notify.Subject, cancellationToken).ConfigureAwait(false);
                return false;
            case NotifyCommissioners notify:
                await NotifyAsync(id, notify.Id, Role.Commissioner, notify.Subject, cancellationToken).ConfigureAwait(false);
                return false;
            default:
                throw new InvalidOperationException($"A work item of kind {activity.GetType().Name} cannot be worked.");
        }
    }

    /// <summary>Sends a command the workflow itself decided on; throws if it was not recorded, so the work is tried again.</summary>
    internal async Task<CommandResult> SendAsync(ProcurementId id, ProcurementCommand command, CompletedAppend? completes, CancellationToken cancellationToken)
    {
        var result = await commands.HandleAsync(id, command, completes, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? result
            : throw new InvalidOperationException(
                $"The workflow's {command.GetType().Name} for procurement {id} was not recorded: "
                + string.Join(" ", result.Problems.Select(p => p.Message)));
    }

    private async Task<bool> PublishAsync(ProcurementId id, PublishNotice publish, CompletedAppend? completes, CancellationToken cancellationToken)
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
            return false;
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
        var result = await SendAsync(id, new RecordNoticePublished(context, publish.NoticeKey, publication), completes, cancellationToken).ConfigureAwait(false);
        return completes is not null && result.Outcome == CommandOutcome.Accepted && result.Events.Count > 0;
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

    private static NoticeState? Notice(ProcurementState state, string key) =>
        state is Registered s && s.Notices.TryGetValue(key, out var n) ? n : null;
}

/// <summary>
/// An unsettled append whose last outstanding work is being done in-process, with the state before it, so the
/// result's append can settle it and write the projections for both at once.
/// </summary>
public sealed record CompletedAppend(UnsettledRange Range, ProcurementState Before);
