using System.Collections.Immutable;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.State;

/// <summary>Where a contract copy is: upload, choose redactions, redact for review, approve, publish.</summary>
public enum ContractCopyStage
{
    /// <summary>The copy is due; the signed contract has not been uploaded.</summary>
    AwaitingUpload,

    /// <summary>Uploaded; the commissioner chooses what to withhold and submits it.</summary>
    Draft,

    /// <summary>Submitted; the redacted copy is being produced for the approver.</summary>
    Redacting,

    /// <summary>The redacted copy waits for an approver.</summary>
    AwaitingApproval,

    /// <summary>Approved and on its way to publication.</summary>
    Approved,

    /// <summary>Published.</summary>
    Published,
}

/// <summary>
/// One contract copy the Act requires, keyed as its obligation (<see cref="ContractCopyKeys"/>). The approval
/// fields follow the notice's: who submitted it and when, and who declared a conflict in the submission.
/// </summary>
public sealed record ContractCopyState(
    string Key,
    ContractCopyStage Stage,
    ContractUpload? Upload,
    IReadOnlyList<ChosenRedaction>? Redactions,
    int Submissions,
    Actor? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    ImmutableDictionary<string, string> Conflicted,
    RedactedCopy? Redacted,
    string? SentBack,
    Actor? ApprovedBy,
    string? PublicInterestReasoning,
    PublishedContractCopy? Publication)
{
    public static ContractCopyState Due(string key) => new(
        key, ContractCopyStage.AwaitingUpload, null, null, 0, null, null, ImmutableDictionary<string, string>.Empty, null, null, null, null, null);
}
