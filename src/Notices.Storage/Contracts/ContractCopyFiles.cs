using System.Security.Cryptography;
using Notices.Redaction;
using Notices.Workflow.ContractCopies;
using ContractRedaction = Notices.Redaction.Redaction;

namespace Notices.Storage.Contracts;

/// <summary>
/// The contract-copy activities on blob containers: the redacted copy for review is written create-only beside
/// its original (private), and the approved one is copied create-only to the published container under a name
/// fixed by procurement and copy, so a repeated work item finds its file and changes nothing.
/// </summary>
/// <param name="originals">The private container of uploads, where the copies under review are kept too.</param>
/// <param name="published">The container of published copies.</param>
/// <param name="publishedBaseUrl">Where the public reads the published container (ends with '/').</param>
public sealed class ContractCopyFiles(IContractBlobContainer originals, IContractBlobContainer published, Uri publishedBaseUrl)
    : IContractCopyFiles
{
    private readonly ContractOriginalStore store = new(originals);

    public async Task<RedactionOutcome> RedactAsync(RedactionJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var redacted = new MemoryStream();
        RedactionReport report;
        try
        {
            var file = await store.OpenAsync(job.Original.BlobName, job.Original.Format, cancellationToken).ConfigureAwait(false);
            if (job.Redactions.Count == 0)
            {
                // The commissioner confirmed that nothing is withheld: the copy is the contract as signed.
                await file.OpenRead().CopyToAsync(redacted, cancellationToken).ConfigureAwait(false);
                report = new RedactionReport(file.Type, []);
            }
            else
            {
                report = ContractRedactor.Redact(file, [.. job.Redactions.Select(ToRedaction)], redacted);
            }
        }
        catch (ContractFileRefusedException e)
        {
            return new RedactionRefused(e.Message);
        }

        var name = $"{job.ProcurementId.Value}/{job.CopyKey}/redacted-{job.Submission}{ContractFormats.Extension(job.Original.Format)}";
        redacted.Position = 0;
        if (!await originals.UploadAsync(name, redacted, ContractFormats.MediaType(job.Original.Format), createOnly: true, cancellationToken).ConfigureAwait(false))
        {
            // An earlier delivery wrote it: describe the file that is there.
            await using var existing = await originals.OpenReadAsync(name, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The redacted copy {name} exists but could not be read.");
            redacted.SetLength(0);
            await existing.CopyToAsync(redacted, cancellationToken).ConfigureAwait(false);
        }

        var statement = WithheldInformationStatement.From(report);
        return new RedactionSucceeded(new RedactedCopy(
            name,
            Convert.ToHexStringLower(SHA256.HashData(redacted.GetBuffer().AsSpan(0, (int)redacted.Length))),
            redacted.Length,
            report.Passages.Count,
            [.. report.CountByGround().Select(g => new WithheldGround(g.Key, g.Value))],
            statement.ToText()));
    }

    public async Task<PublishedFile> PublishAsync(CopyPublicationJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var name = $"{job.ProcurementId.Value}/{job.CopyKey}{ContractFormats.Extension(job.Format)}";
        await using (var copy = await originals.OpenReadAsync(job.Copy.BlobName, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The approved redacted copy {job.Copy.BlobName} is missing."))
        {
            // Create-only: a second delivery finds the published copy and leaves it as it is.
            await published.UploadAsync(name, copy, ContractFormats.MediaType(job.Format), createOnly: true, cancellationToken).ConfigureAwait(false);
        }

        return new PublishedFile(name, new Uri(publishedBaseUrl, name).ToString());
    }

    private static ContractRedaction ToRedaction(ChosenRedaction chosen) => new(
        chosen.Text,
        chosen.Ground,
        chosen.OnlyAt is { } at ? new DocumentLocation(at.Part, at.Page, at.Paragraph) : null);
}
