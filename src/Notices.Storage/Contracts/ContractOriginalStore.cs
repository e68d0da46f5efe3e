using System.Text.RegularExpressions;
using Notices.Domain.Contracts;
using Notices.Redaction;
using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Procurements;

namespace Notices.Storage.Contracts;

/// <summary>
/// The private <c>contracts-original</c> container: signed contracts as uploaded, and the redacted copies made
/// from them for review. An upload streams to storage under a name the app chooses (the uploader's file name is
/// kept as data only), its SHA-256 and size measured on the way; its type is then checked from its content, and
/// a file that is not what it claims, or cannot be redacted safely, is deleted and refused with what to upload
/// instead. Nothing here is ever served to the public.
/// </summary>
public sealed partial class ContractOriginalStore(IContractBlobContainer originals)
{
    /// <summary>Streams <paramref name="content"/> to storage and checks it; returns what the workflow records.</summary>
    /// <exception cref="ContractFileRefusedException">Empty, too large, not the claimed type, or not redactable; nothing is kept.</exception>
    public async Task<ContractUpload> SaveAsync(
        ProcurementId procurement, string copyKey, Stream content, ContractFileType claimed, string originalFileName,
        long maxBytes = ContractUploadLimit.MaxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!CopyKeyPattern().IsMatch(copyKey ?? ""))
        {
            throw new ArgumentException($"'{copyKey}' is not a contract copy key.", nameof(copyKey));
        }

        var name = $"{procurement.Value}/{copyKey}/original-{Guid.NewGuid():N}{ContractFormats.Extension(ContractFormats.ToFormat(claimed))}";
        using var measured = new HashingReadStream(content, maxBytes);
        await originals.UploadAsync(name, measured, "application/octet-stream", createOnly: true, cancellationToken).ConfigureAwait(false);
        var sha256 = measured.Sha256();
        try
        {
            if (measured.BytesRead == 0)
            {
                throw new ContractFileRefusedException(RefusalReason.Empty, "The file is empty. Upload the signed contract itself.");
            }

            var file = await ReadAsync(name, claimed, maxBytes, cancellationToken).ConfigureAwait(false);

            // Found out now rather than at submission: an encrypted PDF or a scan cannot be redacted safely.
            _ = ContractRedactor.ReadText(file);
            return new ContractUpload(name, sha256, measured.BytesRead, ContractFormats.ToFormat(claimed), FileNameOnly(originalFileName));
        }
        catch (ContractFileRefusedException)
        {
            await originals.DeleteAsync(name, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Deletes an upload the workflow did not record; false if it was not there.</summary>
    public Task<bool> DeleteAsync(string blobName, CancellationToken cancellationToken = default) => originals.DeleteAsync(blobName, cancellationToken);

    /// <summary>A stored file (an upload, or a redacted copy under review) read back for redaction or review.</summary>
    public Task<ContractFile> OpenAsync(string blobName, ContractFileFormat format, CancellationToken cancellationToken = default) =>
        ReadAsync(blobName, ContractFormats.ToFileType(format), ContractUploadLimit.MaxBytes, cancellationToken);

    private async Task<ContractFile> ReadAsync(string name, ContractFileType type, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await originals.OpenReadAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The contract file {name} is missing from the originals container.");
        return await ContractFile.ReadAsync(stream, type, maxBytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The uploader's file name without any folders, as data: it never names anything in storage.</summary>
    private static string FileNameOnly(string originalFileName)
    {
        var name = (originalFileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        return name.Length > CommandLimits.FileName ? name[..CommandLimits.FileName] : name;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex CopyKeyPattern();
}
