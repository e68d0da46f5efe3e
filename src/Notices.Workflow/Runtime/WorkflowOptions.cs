using Notices.Workflow.Reactions;

namespace Notices.Workflow.Runtime;

/// <summary>The workflow's settings (bound from configuration by the Function App).</summary>
public sealed record WorkflowOptions
{
    public ReactionOptions Reactions { get; init; } = new();

    /// <summary>Deliveries of a work item before it goes to the poison queue (as the Functions host's maxDequeueCount).</summary>
    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>How long an append may stay unsettled before the sweep finishes it (a live instance settles it sooner).</summary>
    public TimeSpan SweepGrace { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a received work item stays invisible while it is worked on.</summary>
    public TimeSpan WorkVisibility { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether an append's activities (publish, notify) run in the process that made the append, right after it,
    /// rather than through the work queue. Timers always go to the queue; an activity that fails in-process, or
    /// that a crash left unsettled (found by the sweep), goes to the queue with its usual retries and poison queue.
    /// </summary>
    public bool RunActivitiesInProcess { get; init; } = true;

    /// <summary>Work items one pump works on at once.</summary>
    public int WorkConcurrency { get; init; } = 16;

    /// <summary>
    /// How long a command's sender waits for the orchestration's answer before it answers "received" instead.
    /// An answer normally comes within a second; this covers a cold start or a burst.
    /// </summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Procurements whose latest state is kept in memory, so a decision costs no read when nothing else changed it.</summary>
    public int CachedStreams { get; init; } = 10_000;
}
