using Notices.Workflow.Projections;
using Notices.Workflow.Runtime;

namespace Notices.Workflow.Orchestration.Activities;

/// <summary>Events decided on a procurement, to be appended after <paramref name="ExpectedVersion"/>, and the screens' rows they change.</summary>
public sealed record RecordRequest(string ProcurementId, long ExpectedVersion, IReadOnlyList<RecordedEvent> Events, IReadOnlyList<ProjectionChange> Changes);
