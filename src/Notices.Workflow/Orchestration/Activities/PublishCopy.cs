using Microsoft.DurableTask;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Law;
using Notices.Workflow.Publishing;

namespace Notices.Workflow.Orchestration.Activities;

/// <summary>An approved copy to publish, and the published notice (if any) to revise so that it lists the copy.</summary>
public sealed record CopyPublication(CopyPublicationJob Job, PublishedNoticeToRevise? Notice);

/// <summary>A published notice: its key, content and first publication.</summary>
public sealed record PublishedNoticeToRevise(string NoticeKey, string Content, PublicationReceipt Publication);

/// <summary>Where the copy was published, and the notice's revised release, if one was revised.</summary>
public sealed record CopyPublished(string Location, string Url, string? Revision);

/// <summary>Publishes an approved redacted copy create-only, and revises its published notice to reference it.</summary>
public sealed class PublishCopy(IContractCopyFiles files, INoticePublisher publisher) : TaskActivity<CopyPublication, CopyPublished>
{
    public override async Task<CopyPublished> RunAsync(TaskActivityContext context, CopyPublication input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var job = input.Job;
        var file = await files.PublishAsync(job, CancellationToken.None).ConfigureAwait(false);
        string? revision = null;
        if (input.Notice is { } notice)
        {
            var content = ActRules.WithDocuments(notice.Content, [ContractCopyDocuments.For(job.CopyKey, job.Copy, file.Url)]);
            revision = await publisher.ReviseAsync(
                new NoticeRevisionRequest(job.ProcurementId, notice.NoticeKey, content, notice.Publication, job.CopyKey), CancellationToken.None)
                .ConfigureAwait(false);
        }

        return new CopyPublished(file.Location, file.Url, revision);
    }
}
