using Notices.Workflow.Procurements;
using Notices.Workflow.Reactions;

namespace Notices.Workflow.Commands;

/// <summary>A work item failed every attempt and went to the poison queue; the procurement shows it.</summary>
public sealed record RecordWorkFailed(DecisionContext Context, Intent Intent, string Error) : ProcurementCommand(Context);

/// <summary>Someone asks for a failed work item to be tried again.</summary>
public sealed record RetryWork(DecisionContext Context, string IntentId) : ProcurementCommand(Context);
