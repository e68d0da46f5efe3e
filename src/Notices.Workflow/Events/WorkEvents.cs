using Notices.Workflow.Procurements;

namespace Notices.Workflow.Events;

/// <summary>A piece of the workflow's own work failed every attempt; the procurement shows it until someone retries it.</summary>
public sealed record WorkFailed(DecisionContext Context, WorkItem Work, string Error) : ProcurementEvent(Context);

/// <summary>Someone asked for the failed work to be tried again.</summary>
public sealed record WorkRetried(DecisionContext Context, WorkItem Work) : ProcurementEvent(Context);

/// <summary>
/// The workflow's own work as the record names it: what it was for (publish this notice, tell the approvers),
/// never how an engine ran it, so the record outlives any engine.
/// </summary>
/// <param name="Id">Unique within the procurement; a retry runs under a new id.</param>
/// <param name="Subject">The notice or contract copy it concerns, where there is one.</param>
/// <param name="Submission">Which submission of that notice or copy, where it matters.</param>
/// <param name="Message">What a notification says, for a notification.</param>
public sealed record WorkItem(string Id, WorkKind Kind, string? Subject = null, int? Submission = null, string? Message = null);

public enum WorkKind
{
    PublishNotice,
    RedactContractCopy,
    PublishContractCopy,
    NotifyApprovers,
    RemindApprovers,
    NotifyAdministrators,
    NotifyCommissioners,
}
