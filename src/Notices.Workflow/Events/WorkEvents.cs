using Notices.Workflow.Procurements;
using Notices.Workflow.Reactions;

namespace Notices.Workflow.Events;

/// <summary>A work item failed every attempt; it waits in the poison queue until someone retries it.</summary>
public sealed record WorkFailed(DecisionContext Context, Intent Intent, string Error) : ProcurementEvent(Context);

/// <summary>Someone asked for the failed work item to be tried again.</summary>
public sealed record WorkRetried(DecisionContext Context, Intent Intent) : ProcurementEvent(Context);
