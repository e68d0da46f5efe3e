using Notices.Domain.Contracts;
using Notices.Redaction;
using Notices.Storage.Contracts;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;
using Notices.Workflow.State;

namespace Notices.Api.ContractCopies;

/// <summary>What became of an upload: recorded, or why not (a sentence naming what to do, and the field).</summary>
internal sealed record UploadOutcome(CommandResult? Recorded, string? Problem, string Field = "file", bool NotFound = false)
{
    public static UploadOutcome Refused(string problem, string field = "file") => new(null, problem, field);
}

/// <summary>
/// An upload from the forms or the API, one way: check the copy can take an upload (before a byte is stored),
/// stream the file to the private originals container, then record it on the procurement. A refused file, or a
/// refused record, leaves nothing stored.
/// </summary>
internal sealed class ContractCopyUploads(ProcurementWorkflow workflow, ContractOriginalStore originals)
{
    /// <summary>The most a request carrying the largest file may be, with a megabyte's room for a form's other fields and boundaries.</summary>
    public const long MaxRequestBytes = ContractUploadLimit.MaxBytes + ContractUploadLimit.Megabyte;

    public static string TooLargeMessage => ContractUploadLimit.TooLargeMessage();

    /// <summary>The copy, if the procurement and the copy exist; the problem otherwise.</summary>
    public async Task<(ContractCopyState? Copy, UploadOutcome? Problem)> FindAsync(string id, string copyKey, CancellationToken cancellationToken)
    {
        if (!ProcurementId.IsWellFormed(id) || await workflow.Queries.ProcurementAsync(new ProcurementId(id), cancellationToken).ConfigureAwait(false) is not { } view)
        {
            return (null, new UploadOutcome(null, $"There is no procurement '{id}'.", "id", NotFound: true));
        }

        return view.State.ContractCopies.TryGetValue(copyKey, out var copy)
            ? (copy, null)
            : (null, new UploadOutcome(null, $"There is no contract copy '{copyKey}' in this procurement.", "copyKey", NotFound: true));
    }

    public async Task<UploadOutcome> UploadAsync(
        string id, string copyKey, Stream content, ContractFileType claimed, string fileName, DecisionContext context, CancellationToken cancellationToken)
    {
        var (copy, problem) = await FindAsync(id, copyKey, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (copy!.Stage is not (ContractCopyStage.AwaitingUpload or ContractCopyStage.Draft))
        {
            return UploadOutcome.Refused("This contract copy has been submitted and can no longer take a new file; an approver can reject it so that it can be changed.", "copyKey");
        }

        var procurement = new ProcurementId(id);
        Notices.Workflow.ContractCopies.ContractUpload upload;
        try
        {
            upload = await originals.SaveAsync(procurement, copyKey, content, claimed, fileName, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ContractFileRefusedException e)
        {
            return UploadOutcome.Refused(e.Message);
        }

        var result = await workflow.Commands.HandleAsync(procurement, new RecordContractUpload(context, copyKey, upload), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await originals.DeleteAsync(upload.BlobName, CancellationToken.None).ConfigureAwait(false);
        }

        return new UploadOutcome(result, null);
    }

    /// <summary>The type a file claims to be: its media type, or failing that its name's extension. The content is checked against it.</summary>
    public static ContractFileType? Claimed(string? mediaType, string? fileName)
    {
        var media = (mediaType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        switch (media)
        {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
                return ContractFileType.Docx;
            case "application/pdf":
                return ContractFileType.Pdf;
            case "text/plain":
                return ContractFileType.PlainText;
        }

        return Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".docx" => ContractFileType.Docx,
            ".pdf" => ContractFileType.Pdf,
            ".txt" => ContractFileType.PlainText,
            _ => null,
        };
    }

    /// <summary>The media type a file of <paramref name="type"/> is sent as, the one <see cref="Claimed"/> reads back.</summary>
    public static string MediaType(ContractFileType type) => type switch
    {
        ContractFileType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ContractFileType.Pdf => "application/pdf",
        _ => "text/plain",
    };

    public const string UnsupportedTypeMessage = "Upload the contract as a Word document (.docx), a PDF with a text layer, or plain UTF-8 text (.txt).";
}
