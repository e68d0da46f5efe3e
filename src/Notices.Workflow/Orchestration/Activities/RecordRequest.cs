using Notices.Workflow.Projections;
using Notices.Workflow.Runtime;

namespace Notices.Workflow.Orchestration.Activities;

/// <summary>
/// Events decided on a procurement, to be appended after <paramref name="ExpectedVersion"/>, and the screens' rows they change;
/// <paramref name="TraceParent"/> is the trace of the command that caused them, when one came with it.
/// </summary>
public sealed record RecordRequest(
    string ProcurementId, long ExpectedVersion, IReadOnlyList<RecordedEvent> Events, IReadOnlyList<ProjectionChange> Changes, string? TraceParent = null);
