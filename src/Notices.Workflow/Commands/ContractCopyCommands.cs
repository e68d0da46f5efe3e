using Notices.Workflow.ContractCopies;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Commands;

/// <summary>A commissioner records the signed contract (or changed contract) they uploaded for the copy <paramref name="CopyKey"/>.</summary>
public sealed record RecordContractUpload(DecisionContext Context, string CopyKey, ContractUpload Upload) : ProcurementCommand(Context);

/// <summary>
/// A commissioner records what is to be withheld from the copy, each passage with its ground: accepted suggestions
/// and their own. An empty list says that nothing is withheld. It replaces any earlier choice.
/// </summary>
public sealed record ChooseContractCopyRedactions(DecisionContext Context, string CopyKey, IReadOnlyList<ChosenRedaction> Redactions)
    : ProcurementCommand(Context);

/// <summary>A commissioner sends the copy for approval; the redacted copy is produced for the approver first.</summary>
public sealed record SubmitContractCopy(DecisionContext Context, string CopyKey) : ProcurementCommand(Context);

/// <summary>The redacting activity's result: the redacted copy is ready for review.</summary>
public sealed record RecordContractCopyRedacted(DecisionContext Context, string CopyKey, int Submission, RedactedCopy Copy)
    : ProcurementCommand(Context);

/// <summary>The redacting activity's result: the file could not be redacted safely, and why.</summary>
public sealed record RecordContractCopyRedactionRefused(DecisionContext Context, string CopyKey, int Submission, string Reason)
    : ProcurementCommand(Context);

/// <summary>An approver declares a conflict of interest in a contract copy awaiting approval.</summary>
public sealed record DeclareContractCopyConflict(DecisionContext Context, string CopyKey, string Details) : ProcurementCommand(Context);

/// <summary>
/// An approver approves the redacted copy for publication, confirming they have no conflict of interest. Where
/// anything is withheld as commercially sensitive, <paramref name="PublicInterestReasoning"/> records why the
/// authority is satisfied that the public interest in withholding it overrides (s.94(1)(b)).
/// </summary>
public sealed record ApproveContractCopy(DecisionContext Context, string CopyKey, bool NoConflictOfInterest, string? PublicInterestReasoning = null)
    : ProcurementCommand(Context);

/// <summary>An approver sends the copy back to the commissioner with the reason.</summary>
public sealed record RejectContractCopy(DecisionContext Context, string CopyKey, string Reason, bool NoConflictOfInterest)
    : ProcurementCommand(Context);

/// <summary>The publishing activity's result: the approved copy is published.</summary>
public sealed record RecordContractCopyPublished(DecisionContext Context, string CopyKey, PublishedContractCopy Publication)
    : ProcurementCommand(Context);
