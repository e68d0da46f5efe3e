using Notices.Domain.Notices;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Events;

namespace Notices.Workflow.State;

/// <summary>How the contract-copy events change a procurement's state. Total and pure, like the rest of the fold.</summary>
internal static class ContractCopyEvolution
{
    public static Registered Apply(Registered s, ProcurementEvent @event) => @event switch
    {
        ObligationSet { Kind: ObligationKind.ContractCopy or ObligationKind.ModifiedContractCopy } e =>
            s with { ContractCopies = s.ContractCopies.SetItem(e.ObligationId, ContractCopyState.Due(e.ObligationId)) },
        ContractUploaded e => Update(s, e.CopyKey, c => c with
        {
            Stage = ContractCopyStage.Draft, Upload = e.Upload, Redactions = null, Redacted = null, SentBack = null,
        }),
        ContractCopyRedactionsChosen e => Update(s, e.CopyKey, c => c with { Redactions = e.Redactions }),
        ContractCopySubmitted e => Update(s, e.CopyKey, c => c with
        {
            Stage = ContractCopyStage.Redacting, Submissions = e.Submission, SubmittedBy = e.Context.Actor, SubmittedAt = e.Context.At,
            Conflicted = c.Conflicted.Clear(), Redacted = null, SentBack = null,
        }),
        ContractCopyRedacted e => Update(s, e.CopyKey, c => c with { Stage = ContractCopyStage.AwaitingApproval, Redacted = e.Copy }),
        ContractCopyRedactionRefused e => Update(s, e.CopyKey, c => c with { Stage = ContractCopyStage.Draft, SentBack = e.Reason }),
        ContractCopyConflictDeclared e => Update(s, e.CopyKey, c => c with { Conflicted = c.Conflicted.SetItem(e.Context.Actor.UserId, e.Details) }),
        ContractCopyApproved e => Update(s, e.CopyKey, c => c with
        {
            Stage = ContractCopyStage.Approved, ApprovedBy = e.Context.Actor, PublicInterestReasoning = e.PublicInterestReasoning,
        }),
        ContractCopyRejected e => Update(s, e.CopyKey, c => c with { Stage = ContractCopyStage.Draft, SentBack = e.Reason }),
        ContractCopyPublished e => Update(s, e.CopyKey, c => c with { Stage = ContractCopyStage.Published, Publication = e.Publication }),
        NoticePublished e => Attach(s, e.NoticeKey, e.Type),
        _ => s,
    };

    /// <summary>
    /// Published copies not yet referenced by a notice are referenced by the next contract details (UK7) or
    /// contract change notice (UK10) published, which carries them among its documents.
    /// </summary>
    public static IReadOnlyList<ContractCopyState> AwaitingNotice(Registered s, NoticeType type) =>
        s.ContractCopies.Values
            .Where(c => c.Publication is { NoticeKey: null } && ContractCopyKeys.NoticeTypeFor(c.Key) == type)
            .ToList();

    private static Registered Attach(Registered s, string noticeKey, NoticeType type)
    {
        var copies = s.ContractCopies;
        foreach (var copy in AwaitingNotice(s, type))
        {
            copies = copies.SetItem(copy.Key, copy with { Publication = copy.Publication! with { NoticeKey = noticeKey } });
        }

        return s with { ContractCopies = copies };
    }

    private static Registered Update(Registered s, string key, Func<ContractCopyState, ContractCopyState> change) =>
        s.ContractCopies.TryGetValue(key, out var copy) ? s with { ContractCopies = s.ContractCopies.SetItem(key, change(copy)) } : s;
}
