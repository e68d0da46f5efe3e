using Notices.Workflow.Events;

namespace Notices.Workflow.Runtime;

/// <summary>An event at its position in the stream (the first event is version 1).</summary>
public sealed record RecordedEvent(long Version, ProcurementEvent Event);
