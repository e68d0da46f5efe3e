using Notices.Workflow.Procurements;

namespace Notices.Workflow.ContractCopies;

/// <summary>
/// The contract-copy activities' files: produce the redacted copy of an upload for review (kept privately),
/// and publish an approved one. Both are idempotent: the same job gives the same files however often it runs.
/// </summary>
public interface IContractCopyFiles
{
    /// <summary>Redacts the upload as chosen; a file that cannot be redacted safely comes back refused, with why.</summary>
    Task<RedactionOutcome> RedactAsync(RedactionJob job, CancellationToken cancellationToken);

    /// <summary>Publishes the redacted copy create-only; a second call finds it published and returns it.</summary>
    Task<PublishedFile> PublishAsync(CopyPublicationJob job, CancellationToken cancellationToken);
}

/// <summary>Redact submission <paramref name="Submission"/> of the copy <paramref name="CopyKey"/>.</summary>
public sealed record RedactionJob(
    ProcurementId ProcurementId, string CopyKey, int Submission, ContractUpload Original, IReadOnlyList<ChosenRedaction> Redactions);

/// <summary>What the redacting activity produced.</summary>
public abstract record RedactionOutcome;

public sealed record RedactionSucceeded(RedactedCopy Copy) : RedactionOutcome;

/// <summary>The file cannot be redacted safely; <paramref name="Reason"/> says why and what to upload instead.</summary>
public sealed record RedactionRefused(string Reason) : RedactionOutcome;

/// <summary>Publish the approved redacted copy <paramref name="Copy"/> of the copy <paramref name="CopyKey"/>.</summary>
public sealed record CopyPublicationJob(ProcurementId ProcurementId, string CopyKey, RedactedCopy Copy, ContractFileFormat Format);

/// <summary>The published file's name in the published container, and its address.</summary>
public sealed record PublishedFile(string Location, string Url);
