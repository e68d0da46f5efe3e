using Notices.Workflow.ContractCopies;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Events;

/// <summary>The signed contract for the copy was uploaded, by the person in the context.</summary>
public sealed record ContractUploaded(DecisionContext Context, string CopyKey, ContractUpload Upload) : ProcurementEvent(Context);

/// <summary>What is to be withheld from the copy of the upload with <paramref name="UploadSha256"/>, passage by passage.</summary>
public sealed record ContractCopyRedactionsChosen(
    DecisionContext Context, string CopyKey, string UploadSha256, IReadOnlyList<ChosenRedaction> Redactions) : ProcurementEvent(Context);

/// <summary>The copy was sent for approval; <paramref name="Submission"/> counts from 1.</summary>
public sealed record ContractCopySubmitted(DecisionContext Context, string CopyKey, int Submission) : ProcurementEvent(Context);

/// <summary>The redacted copy for the submission was produced and waits for an approver.</summary>
public sealed record ContractCopyRedacted(DecisionContext Context, string CopyKey, int Submission, RedactedCopy Copy)
    : ProcurementEvent(Context);

/// <summary>The file could not be redacted safely; the copy is back with the commissioner.</summary>
public sealed record ContractCopyRedactionRefused(DecisionContext Context, string CopyKey, int Submission, string Reason)
    : ProcurementEvent(Context);

/// <summary>An approver declared a conflict of interest in the submission; they can no longer decide on it.</summary>
public sealed record ContractCopyConflictDeclared(DecisionContext Context, string CopyKey, int Submission, string Details)
    : ProcurementEvent(Context);

/// <summary>An approver with no conflict of interest approved the redacted copy, with the public-interest reasoning if any.</summary>
public sealed record ContractCopyApproved(DecisionContext Context, string CopyKey, int Submission, string? PublicInterestReasoning)
    : ProcurementEvent(Context);

/// <summary>An approver with no conflict of interest rejected the redacted copy, with the reason.</summary>
public sealed record ContractCopyRejected(DecisionContext Context, string CopyKey, int Submission, string Reason)
    : ProcurementEvent(Context);

/// <summary>The approved copy was published.</summary>
public sealed record ContractCopyPublished(DecisionContext Context, string CopyKey, PublishedContractCopy Publication)
    : ProcurementEvent(Context);
