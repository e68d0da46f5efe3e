using Notices.Workflow.Events;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Runtime;

public enum CommandOutcome
{
    /// <summary>Decided and recorded; <see cref="CommandResult.Events"/> holds what was recorded.</summary>
    Accepted,

    /// <summary>The same command (by id) was decided before; nothing new was recorded.</summary>
    AlreadyDone,

    /// <summary>Refused; <see cref="CommandResult.Problems"/> says why. Nothing changed.</summary>
    Refused,

    /// <summary>
    /// Received, but not yet decided when the sender stopped waiting (a cold start or a burst): it will be
    /// decided in turn, and the procurement shows the outcome.
    /// </summary>
    Received,
}

/// <summary>What became of a command, and the stream's version afterwards.</summary>
public sealed record CommandResult(
    CommandOutcome Outcome, long Version, IReadOnlyList<ProcurementEvent> Events, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Outcome is CommandOutcome.Accepted or CommandOutcome.AlreadyDone;
}
