using Notices.Workflow.Procurements;

namespace Notices.Workflow.Commands;

/// <summary>
/// An approver declares a conflict of interest in a notice awaiting approval. The declaration is recorded
/// and stops that person deciding on it.
/// </summary>
public sealed record DeclareConflictOfInterest(DecisionContext Context, string NoticeKey, string Details)
    : ProcurementCommand(Context);

/// <summary>
/// An approver approves a notice, confirming they have no conflict of interest in it
/// (<paramref name="NoConflictOfInterest"/> must be true: the confirmation is the declaration).
/// </summary>
public sealed record ApproveNotice(DecisionContext Context, string NoticeKey, bool NoConflictOfInterest)
    : ProcurementCommand(Context);

/// <summary>An approver sends a notice back to the commissioner with the reason.</summary>
public sealed record RejectNotice(DecisionContext Context, string NoticeKey, string Reason, bool NoConflictOfInterest)
    : ProcurementCommand(Context);
