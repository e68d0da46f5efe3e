using Notices.Workflow.Reactions;

namespace Notices.Workflow.Orchestration;

/// <summary>
/// What one generation of a procurement's orchestration hands the next when it continues as new. Everything
/// else (state, pending deadlines) is read again from the record, so new code applies from the next generation.
/// </summary>
/// <param name="ClockOffset">The business clock's offset from the engine's (see <see cref="BusinessClock"/>); null until a command has been seen.</param>
/// <param name="Replies">The latest answers, so a caller still waiting finds its own.</param>
/// <param name="Reactions">
/// The reminder and escalation periods, fixed for a generation so that its replay decides as it first did; a
/// changed setting applies from the next generation.
/// </param>
public sealed record ProcurementCarry(TimeSpan? ClockOffset, IReadOnlyList<CommandReply> Replies, ReactionOptions Reactions)
{
    public static ProcurementCarry First(ReactionOptions reactions) => new(null, [], reactions);
}
