using Notices.Workflow.Events;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Commands;

/// <summary>A piece of the workflow's work failed every attempt; the procurement shows it.</summary>
public sealed record RecordWorkFailed(DecisionContext Context, WorkItem Work, string Error) : ProcurementCommand(Context);

/// <summary>Someone asks for failed work to be tried again.</summary>
public sealed record RetryWork(DecisionContext Context, string IntentId) : ProcurementCommand(Context);
