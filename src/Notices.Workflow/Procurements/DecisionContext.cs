namespace Notices.Workflow.Procurements;

/// <summary>
/// Who asked for a change, when, and why; carried by every command and copied onto every event it
/// causes, so the history answers "who decided this, when, and on what grounds".
/// </summary>
/// <param name="CommandId">Identifies the request: the same request sent twice has the same id and has one effect.</param>
/// <param name="Actor">The person (or the workflow itself) acting.</param>
/// <param name="At">When the request was made, from the injected clock.</param>
/// <param name="Why">The reason given, where there is one.</param>
public sealed record DecisionContext(string CommandId, Actor Actor, DateTimeOffset At, string? Why = null)
{
    /// <summary>A context for a person's request, with a fresh command id.</summary>
    public static DecisionContext For(Actor actor, TimeProvider clock, IIdSource ids, string? why = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(ids);
        return new DecisionContext(ids.NewId().ToString("N"), actor, clock.GetUtcNow(), why);
    }

    /// <summary>A context for the workflow's own act, with an id derived from what caused it.</summary>
    public static DecisionContext ForWorkflow(string commandId, DateTimeOffset at) =>
        new(commandId, Actor.Workflow, at);
}
