using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;

namespace Notices.Workflow.Orchestration;

/// <summary>
/// The orchestration's answer to one command, kept in its status for the caller to read: what became of it and,
/// when accepted, which versions of the record it wrote.
/// </summary>
public sealed record CommandReply(string CommandId, CommandOutcome Outcome, long FirstVersion, long LastVersion, IReadOnlyList<Problem> Problems);

/// <summary>
/// The orchestration's status: the record's version, the orchestrator version running it, whether it has finished
/// the work its last decisions caused (<paramref name="Idle"/>), and the answers to its latest commands, newest last.
/// </summary>
public sealed record ProcurementStatus(long RecordVersion, string EngineVersion, bool Idle, IReadOnlyList<CommandReply> Replies)
{
    /// <summary>How many answers are kept: callers read theirs within a second or two, so a few dozen is plenty.</summary>
    public const int KeptReplies = 32;
}
