using Notices.Workflow.Procurements;

namespace Notices.Workflow.Events;

/// <summary>An approver declared a conflict of interest in a submission; they can no longer decide on it.</summary>
public sealed record ConflictOfInterestDeclared(DecisionContext Context, string NoticeKey, int Submission, string Details)
    : ProcurementEvent(Context);

/// <summary>An approver with no conflict of interest approved the submission.</summary>
public sealed record NoticeApproved(DecisionContext Context, string NoticeKey, int Submission)
    : ProcurementEvent(Context);

/// <summary>An approver with no conflict of interest rejected the submission, with the reason.</summary>
public sealed record NoticeRejected(DecisionContext Context, string NoticeKey, int Submission, string Reason)
    : ProcurementEvent(Context);

/// <summary>The submission had waited the reminder period, and the approvers were reminded.</summary>
public sealed record ApprovalReminderSent(DecisionContext Context, string NoticeKey, int Submission)
    : ProcurementEvent(Context);

/// <summary>The submission had waited the escalation period, and the administrators were told.</summary>
public sealed record ApprovalEscalated(DecisionContext Context, string NoticeKey, int Submission)
    : ProcurementEvent(Context);
