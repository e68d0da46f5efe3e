using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;
using Notices.Workflow.Reactions;
using Notices.Workflow.State;

namespace Notices.Workflow.Runtime;

/// <summary>
/// The contract-copy activities: redact a submitted copy for review, and publish an approved one with its
/// notice's reference to it. Each reads the procurement, does idempotent work, and sends the result back as a
/// command; a repeat finds the work done (or the result recorded) and has no second effect.
/// </summary>
public sealed class ContractCopyActivities(
    CommandHandler commands, IContractCopyFiles? files, INoticePublisher publisher, TimeProvider clock)
{
    public async Task RedactAsync(ProcurementId id, RedactContractCopy intent, Func<ProcurementCommand, Task> send, CancellationToken cancellationToken)
    {
        var (s, copy) = await CopyAsync(id, intent.CopyKey, c => c.Stage != ContractCopyStage.Redacting || c.Submissions != intent.Submission, cancellationToken)
            .ConfigureAwait(false);
        if (copy.Stage != ContractCopyStage.Redacting || copy.Submissions != intent.Submission)
        {
            // Already recorded, or overtaken by a later submission.
            return;
        }

        var outcome = await Files().RedactAsync(
            new RedactionJob(id, copy.Key, copy.Submissions, copy.Upload!, copy.Redactions ?? []), cancellationToken).ConfigureAwait(false);
        var context = DecisionContext.ForWorkflow($"result.{intent.Id}", clock.GetUtcNow());
        await send(outcome switch
        {
            RedactionSucceeded done => new RecordContractCopyRedacted(context, copy.Key, copy.Submissions, done.Copy),
            RedactionRefused no => new RecordContractCopyRedactionRefused(context, copy.Key, copy.Submissions, no.Reason),
            _ => throw new InvalidOperationException($"Unknown redaction outcome {outcome.GetType().Name} for procurement {id} ({s.Details.Title})."),
        }).ConfigureAwait(false);
    }

    public async Task PublishAsync(ProcurementId id, PublishContractCopy intent, Func<ProcurementCommand, Task> send, CancellationToken cancellationToken)
    {
        var (s, copy) = await CopyAsync(id, intent.CopyKey, c => c.Stage is not (ContractCopyStage.Approved or ContractCopyStage.Published), cancellationToken)
            .ConfigureAwait(false);
        if (copy.Stage == ContractCopyStage.Published)
        {
            return;
        }

        if (copy.Stage != ContractCopyStage.Approved || copy.Redacted is not { } redacted)
        {
            throw new InvalidOperationException($"Contract copy {copy.Key} of procurement {id} is not approved, so it cannot be published.");
        }

        var file = await Files().PublishAsync(new CopyPublicationJob(id, copy.Key, redacted, copy.Upload!.Format), cancellationToken).ConfigureAwait(false);

        // The notice already published is revised to reference the copy; otherwise the next one published will.
        var notice = s.NoticesOfType(ContractCopyKeys.NoticeTypeFor(copy.Key)).OfType<PublishedNoticeState>().LastOrDefault();
        string? revision = null;
        if (notice is not null)
        {
            var content = Law.ActRules.WithDocuments(notice.Content, [ContractCopyDocuments.For(copy.Key, redacted, file.Url)]);
            revision = await publisher.ReviseAsync(
                new NoticeRevisionRequest(id, notice.Key, content, notice.Publication, copy.Key), cancellationToken).ConfigureAwait(false);
        }

        var context = DecisionContext.ForWorkflow($"result.{intent.Id}", clock.GetUtcNow());
        await send(new RecordContractCopyPublished(
            context, copy.Key, new PublishedContractCopy(file.Location, file.Url, context.At, notice?.Key, revision))).ConfigureAwait(false);
    }

    private IContractCopyFiles Files() =>
        files ?? throw new InvalidOperationException("Contract copies are not configured: the workflow's ports have no contract-copy files.");

    /// <summary>The copy from the cached state, or from the stream when the cache may be older than <paramref name="stale"/> says.</summary>
    private async Task<(Registered State, ContractCopyState Copy)> CopyAsync(
        ProcurementId id, string key, Func<ContractCopyState, bool> stale, CancellationToken cancellationToken)
    {
        var current = await commands.CurrentAsync(id, fresh: false, cancellationToken).ConfigureAwait(false);
        if (Find(current.State, key) is not { } cached || stale(cached))
        {
            current = await commands.CurrentAsync(id, fresh: true, cancellationToken).ConfigureAwait(false);
        }

        return current.State is Registered s && Find(s, key) is { } copy
            ? (s, copy)
            : throw new InvalidOperationException($"Procurement {id} has no contract copy {key}.");
    }

    private static ContractCopyState? Find(ProcurementState state, string key) =>
        state is Registered s && s.ContractCopies.TryGetValue(key, out var copy) ? copy : null;
}
