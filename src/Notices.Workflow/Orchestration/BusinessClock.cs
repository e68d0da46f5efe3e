namespace Notices.Workflow.Orchestration;

/// <summary>
/// The time deadlines are counted in: the time the commands carry (the authority's clock). The engine's timers
/// run on the engine's clock; the two differ by an offset learnt from the commands, which never goes backwards.
/// In production the offset is about zero; under a test's clock it is whatever that clock says. Deterministic:
/// it reads only the orchestration's own time and what the history holds.
/// </summary>
internal sealed class BusinessClock(Func<DateTime> engineNow, TimeSpan? offset)
{
    public TimeSpan? Offset { get; private set; } = offset;

    public DateTimeOffset Now => EngineNow + (Offset ?? TimeSpan.Zero);

    private DateTimeOffset EngineNow => new(DateTime.SpecifyKind(engineNow(), DateTimeKind.Utc));

    /// <summary>A command or the caller's clock says it is <paramref name="at"/>.</summary>
    public void Observe(DateTimeOffset at)
    {
        var seen = at - EngineNow;
        Offset = Offset is { } known && known >= seen ? known : seen;
    }

    /// <summary>When, by the engine's clock, a deadline due at <paramref name="due"/> falls.</summary>
    public DateTime EngineTimeOf(DateTimeOffset due) => (due - (Offset ?? TimeSpan.Zero)).UtcDateTime;
}
