using Notices.Workflow.Reactions;
using Notices.Workflow.Runtime;
using Notices.Workflow.State;

namespace Notices.Workflow.Orchestration;

/// <summary>
/// The deadlines a procurement is waiting for. A new generation derives them from the record by running the
/// reaction rules over its events again, so no timer is stored anywhere but in the engine.
/// </summary>
internal sealed class TimerLedger
{
    private readonly Dictionary<string, StartTimer> _pending = new(StringComparer.Ordinal);

    public static TimerLedger FromHistory(IReadOnlyList<RecordedEvent> history, ReactionOptions options)
    {
        var ledger = new TimerLedger();
        var state = ProcurementEvolution.Fold([]);
        foreach (var recorded in history)
        {
            // A timer whose firing was recorded has done its work (unless a later event starts it again).
            ledger._pending.Remove(FiredTimerId(recorded.Event.Context.CommandId) ?? "");
            state = ProcurementEvolution.Evolve(state, recorded.Event);
            ledger.Apply(Reactor.React(recorded.Event, recorded.Version, state, options));
        }

        return ledger;
    }

    public int Count => _pending.Count;

    public StartTimer? Next => _pending.Values.OrderBy(t => t.DueAt).ThenBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault();

    public void Apply(IEnumerable<Intent> intents)
    {
        foreach (var intent in intents)
        {
            switch (intent)
            {
                case StartTimer start:
                    _pending[start.Id] = start;
                    break;
                case CancelTimer cancel:
                    _pending.Remove(cancel.TimerId);
                    break;
            }
        }
    }

    /// <summary>Takes the earliest timer due by <paramref name="now"/>, if any.</summary>
    public StartTimer? TakeDue(DateTimeOffset now)
    {
        var next = Next;
        if (next is null || next.DueAt > now)
        {
            return null;
        }

        _pending.Remove(next.Id);
        return next;
    }

    /// <summary>The command id a fired timer's command carries: the timer and its due time, so a timer started again fires again.</summary>
    public static string FiredCommandId(StartTimer timer) => $"fired.{timer.Id}@{timer.DueAt.UtcTicks}";

    private static string? FiredTimerId(string commandId) =>
        commandId.StartsWith("fired.", StringComparison.Ordinal) && commandId.LastIndexOf('@') is > 6 and var at
            ? commandId[6..at]
            : null;
}
