using Notices.Workflow.Commands;

namespace Notices.Workflow.Orchestration;

/// <summary>
/// What reaches a procurement's orchestration from outside: a command to decide, or the time by the caller's
/// clock (deadlines due by then run). In Azure the engine's own timers run the deadlines and nothing sends the
/// time; the local host and the tests send it when their clock moves.
/// </summary>
/// <param name="ClockId">Answered like a command's id once the deadlines due by <paramref name="ClockAt"/> have run.</param>
public sealed record WorkflowSignal(ProcurementCommand? Command, DateTimeOffset? ClockAt = null, string? ClockId = null, string? TraceParent = null)
{
    /// <summary>The external event's name.</summary>
    public const string EventName = "signal";
}
