using Notices.Workflow.Events;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Decisions;

/// <summary>
/// What the decider made of a command: the events to record, or the problems that refuse it. A command
/// already decided (same command id) is <see cref="Repeated"/>: accepted, with nothing new to record.
/// </summary>
public sealed record Decision(IReadOnlyList<ProcurementEvent> Events, IReadOnlyList<Problem> Problems, bool Repeated)
{
    public bool IsRefused => Problems.Count > 0;

    public static Decision Repeat { get; } = new([], [], Repeated: true);

    public static Decision Accept(params ProcurementEvent[] events) => new(events, [], Repeated: false);

    public static Decision Accept(IEnumerable<ProcurementEvent> events) => new(events.ToList(), [], Repeated: false);

    public static Decision Refuse(string message, string? field = null) => new([], [new Problem(message, field)], Repeated: false);

    public static Decision Refuse(IReadOnlyList<Problem> problems) => new([], problems, Repeated: false);
}
