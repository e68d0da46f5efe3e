using Notices.Workflow.Reactions;

namespace Notices.Workflow.Runtime;

/// <summary>The workflow's settings (bound from configuration by the host).</summary>
public sealed record WorkflowOptions
{
    public ReactionOptions Reactions { get; init; } = new();

    /// <summary>
    /// How long a command's sender waits for the orchestration's answer before it answers "received" instead.
    /// An answer normally comes within a second; this covers a cold start or a burst.
    /// </summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
