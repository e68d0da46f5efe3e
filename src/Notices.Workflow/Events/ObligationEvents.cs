using Notices.Workflow.Procurements;

namespace Notices.Workflow.Events;

/// <summary>What the Act requires of the authority by a date.</summary>
public enum ObligationKind
{
    /// <summary>Publish a contract details notice (UK7): 30 days after entering the contract, 120 for light touch.</summary>
    ContractDetailsNotice,

    /// <summary>Publish a redacted copy of a contract over £5 million: 90 days, 180 for light touch.</summary>
    ContractCopy,

    /// <summary>Assess the contract's key performance indicators and publish a performance notice (UK9), yearly.</summary>
    KpiAssessment,

    /// <summary>Publish a contract termination notice (UK11) within 30 days of the contract ending.</summary>
    TerminationNotice,

    /// <summary>Publish a redacted copy of a modified contract over £5 million: 90 days beginning with the day of the change (s.77).</summary>
    ModifiedContractCopy,

    /// <summary>Publish a contract change notice (UK10) before the change takes effect (s.75(1)).</summary>
    ChangeNotice,
}

/// <summary>An obligation arose, due by the end of <paramref name="DueOn"/> (UK time); dates as computed at the time.</summary>
public sealed record ObligationSet(DecisionContext Context, string ObligationId, ObligationKind Kind, DateOnly DueOn)
    : ProcurementEvent(Context);

/// <summary>The commissioners were reminded that the obligation falls due soon.</summary>
public sealed record ObligationReminderSent(DecisionContext Context, string ObligationId) : ProcurementEvent(Context);

/// <summary>The obligation's due date passed with the obligation still open.</summary>
public sealed record ObligationOverdue(DecisionContext Context, string ObligationId) : ProcurementEvent(Context);

/// <summary>The obligation was met, by the notice (or contract copy) named.</summary>
public sealed record ObligationMet(DecisionContext Context, string ObligationId, string MetBy) : ProcurementEvent(Context);

/// <summary>The obligation no longer applies (for example, KPI assessments after the contract ended).</summary>
public sealed record ObligationWithdrawn(DecisionContext Context, string ObligationId, string Reason)
    : ProcurementEvent(Context);
