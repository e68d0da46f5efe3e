using Notices.Workflow.Procurements;

namespace Notices.Workflow.Runtime;

/// <summary>
/// Things that went wrong but were recovered from (or will be, by the sweep or a retry), for the host to log.
/// The workflow itself has no logging dependency.
/// </summary>
public sealed class WorkflowDiagnostics
{
    public event Action<WorkflowIncident>? Incident;

    internal void Report(string what, ProcurementId? procurement, Exception error) =>
        Incident?.Invoke(new WorkflowIncident(what, procurement, error));
}

public sealed record WorkflowIncident(string What, ProcurementId? Procurement, Exception Error);
