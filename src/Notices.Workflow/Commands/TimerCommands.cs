using Notices.Workflow.Procurements;

namespace Notices.Workflow.Commands;

/// <summary>The standstill timer has fired: the standstill period is over if nothing has changed.</summary>
public sealed record EndStandstill(DecisionContext Context) : ProcurementCommand(Context);

/// <summary>An approval has waited the reminder period: remind the approvers.</summary>
public sealed record RemindApprovers(DecisionContext Context, string NoticeKey, int Submission)
    : ProcurementCommand(Context);

/// <summary>An approval has waited the escalation period: tell the administrators.</summary>
public sealed record EscalateApproval(DecisionContext Context, string NoticeKey, int Submission)
    : ProcurementCommand(Context);

/// <summary>An obligation is close to its due date: remind the commissioners.</summary>
public sealed record RemindObligation(DecisionContext Context, string ObligationId) : ProcurementCommand(Context);

/// <summary>An obligation's due date has passed: if it is still open it is now overdue.</summary>
public sealed record MarkObligationOverdue(DecisionContext Context, string ObligationId) : ProcurementCommand(Context);
