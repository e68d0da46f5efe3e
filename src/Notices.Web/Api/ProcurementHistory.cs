using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.State;

namespace Notices.Web.Api;

/// <summary>
/// A procurement as the forms read it from the API: its timeline (every event, with who, when and why) and its
/// state, folded from those events by the same pure fold the workflow uses, so the pages see exactly what the
/// workflow decides on without reading its storage.
/// </summary>
internal sealed record ProcurementHistory(ProcurementView View, IReadOnlyList<TimelineEntry> Timeline)
{
    /// <summary>The history of the procurement <paramref name="id"/>, or null when its timeline does not register one.</summary>
    public static ProcurementHistory? From(ProcurementId id, IReadOnlyList<TimelineEntry> timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return ProcurementEvolution.Fold(timeline.Select(e => e.Event)) is Registered state
            ? new ProcurementHistory(new ProcurementView(id, timeline.Count == 0 ? 0 : timeline[^1].Version, state), timeline)
            : null;
    }
}
