using Microsoft.DurableTask;
using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Law;
using Notices.Workflow.Orchestration.Activities;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;
using Notices.Workflow.Reactions;
using Notices.Workflow.Runtime;
using Notices.Workflow.State;

namespace Notices.Workflow.Orchestration;

/// <summary>
/// Runs one activity the reaction rules asked for, giving it everything it needs from the state, and turns its
/// result into the command that records it. Work the state shows as done, or overtaken, is not run. The trace parent is
/// that of the command that caused the work, when one came with it.
/// </summary>
internal sealed class ReactionActivities(TaskOrchestrationContext context, ProcurementId id, ProcurementState state, DateTimeOffset now, string? traceParent)
{
    public Task<ProcurementCommand?> RunAsync(ActivityIntent activity) => activity switch
    {
        PublishNotice p => PublishAsync(p),
        RedactContractCopy r => RedactAsync(r),
        PublishContractCopy p => PublishCopyAsync(p),
        NotifyApprovers n => NotifyAsync(n.Id, Role.Approver, ApprovalSubject(n)),
        NotifyAdministrators n => NotifyAsync(n.Id, Role.Administrator, n.Subject),
        NotifyCommissioners n => NotifyAsync(n.Id, Role.Commissioner, n.Subject),
        _ => throw new InvalidOperationException($"An activity of kind {activity.GetType().Name} cannot be run."),
    };

    private Registered Procurement => state as Registered
        ?? throw new InvalidOperationException($"Procurement {id} is not registered, so it has no work to do.");

    private async Task<ProcurementCommand?> PublishAsync(PublishNotice publish)
    {
        var s = Procurement;
        if (!s.Notices.TryGetValue(publish.NoticeKey, out var notice) || notice is not ApprovedNoticeState approved)
        {
            return null; // Published already, or no longer approved: nothing to publish.
        }

        // Contract copies published before their notice are referenced among its documents.
        var content = ContractCopyDocuments.Attach(approved.Content, ContractCopyEvolution.AwaitingNotice(s, approved.Type));
        var receipt = await context.CallActivityAsync<PublicationReceipt>(
            nameof(PublishNoticeRelease), new PublicationRequest(id, approved.Key, approved.Type, content, s.Ocid, traceParent), WorkflowRetries.Work)
            .ConfigureAwait(true);
        return new RecordNoticePublished(Result(publish), publish.NoticeKey, receipt);
    }

    private async Task<ProcurementCommand?> RedactAsync(RedactContractCopy redact)
    {
        if (!Procurement.ContractCopies.TryGetValue(redact.CopyKey, out var copy)
            || copy.Stage != ContractCopyStage.Redacting || copy.Submissions != redact.Submission)
        {
            return null; // Recorded already, or overtaken by a later submission.
        }

        var result = await context.CallActivityAsync<RedactionResult>(
            nameof(RedactCopy), new RedactionJob(id, copy.Key, copy.Submissions, copy.Upload!, copy.Redactions ?? []), WorkflowRetries.Work)
            .ConfigureAwait(true);
        return result.Copy is { } redacted
            ? new RecordContractCopyRedacted(Result(redact), copy.Key, copy.Submissions, redacted)
            : new RecordContractCopyRedactionRefused(Result(redact), copy.Key, copy.Submissions, result.Refusal ?? "The file could not be redacted.");
    }

    private async Task<ProcurementCommand?> PublishCopyAsync(PublishContractCopy publish)
    {
        var s = Procurement;
        if (!s.ContractCopies.TryGetValue(publish.CopyKey, out var copy) || copy.Stage != ContractCopyStage.Approved || copy.Redacted is not { } redacted)
        {
            return null; // Published already, or not approved.
        }

        // The notice already published is revised to reference the copy; otherwise the next one published will.
        var notice = s.NoticesOfType(ContractCopyKeys.NoticeTypeFor(copy.Key)).OfType<PublishedNoticeState>().LastOrDefault();
        var input = new CopyPublication(
            new CopyPublicationJob(id, copy.Key, redacted, copy.Upload!.Format),
            notice is null ? null : new PublishedNoticeToRevise(notice.Key, notice.Content, notice.Publication));
        var published = await context.CallActivityAsync<CopyPublished>(nameof(PublishCopy), input, WorkflowRetries.Work).ConfigureAwait(true);
        var result = Result(publish);
        return new RecordContractCopyPublished(
            result, copy.Key, new PublishedContractCopy(published.Location, published.Url, result.At, notice?.Key, published.Revision));
    }

    private async Task<ProcurementCommand?> NotifyAsync(string notificationId, Role audience, string subject)
    {
        await context.CallActivityAsync<bool>(
            nameof(SendNotification), new Notification(notificationId, audience, id, subject, now), WorkflowRetries.Work).ConfigureAwait(true);
        return null;
    }

    private string ApprovalSubject(NotifyApprovers notify)
    {
        var s = Procurement;
        var name = s.Notices.TryGetValue(notify.NoticeKey, out var n)
            ? NoticeNames.Of(n.Type)
            : s.ContractCopies.ContainsKey(notify.NoticeKey) ? "redacted contract copy" : notify.NoticeKey;
        return notify.IsReminder
            ? $"Reminder: the {name} for '{s.Details.Title}' is still waiting for approval."
            : $"The {name} for '{s.Details.Title}' is waiting for approval.";
    }

    private DecisionContext Result(ActivityIntent activity) => DecisionContext.ForWorkflow($"result.{activity.Id}", now);
}
