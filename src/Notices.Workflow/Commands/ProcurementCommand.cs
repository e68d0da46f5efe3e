using Notices.Workflow.Procurements;

namespace Notices.Workflow.Commands;

/// <summary>
/// A request to change a procurement. The set of commands is closed: each is a sealed record in this
/// namespace, and the decider handles every one of them.
/// </summary>
public abstract record ProcurementCommand(DecisionContext Context);
