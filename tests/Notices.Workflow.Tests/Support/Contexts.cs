using Notices.Workflow.Procurements;

namespace Notices.Workflow.Tests.Support;

/// <summary>Decision contexts with readable, unique command ids.</summary>
public static class Contexts
{
    private static long next;

    public static DecisionContext By(Actor actor, DateTimeOffset? at = null, string? why = null, string? commandId = null) =>
        new(commandId ?? $"cmd-{Interlocked.Increment(ref next)}", actor, at ?? Moments.Start, why);
}
