using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Notices.Workflow.Telemetry;

/// <summary>
/// The workflow's traces and measurements, by one name that a host's OpenTelemetry set-up listens to. A command
/// carries its sender's trace parent with it to the orchestration, which hands it to the activities it runs for
/// that command, so one trace follows the command from the form or API call into the activities.
/// </summary>
public static class WorkflowTelemetry
{
    public const string Name = "Notices.Workflow";

    private static long s_approvalsWaiting;
    private static long s_obligationsOverdue;

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    /// <summary>Notices the register has published.</summary>
    public static Counter<long> NoticesPublished { get; } =
        Meter.CreateCounter<long>("notices.published", "{notice}", "Notices published in the register.");

    /// <summary>The sender's trace parent, to travel with a command: the current activity's W3C id, if there is one.</summary>
    public static string? CurrentTraceParent() => Activity.Current?.Id;

    /// <summary>A span for an activity's work, child of the trace the command that caused it came with.</summary>
    public static Activity? StartWork(string name, string? traceParent, string procurementId)
    {
        ActivityContext.TryParse(traceParent, null, out var parent);
        var activity = Source.StartActivity(name, ActivityKind.Internal, parent);
        activity?.SetTag("notices.procurement_id", procurementId);
        return activity;
    }

    /// <summary>Sets what the gauges report, as a host last counted them from the screens' rows.</summary>
    public static void Observe(long approvalsWaiting, long obligationsOverdue)
    {
        Interlocked.Exchange(ref s_approvalsWaiting, approvalsWaiting);
        Interlocked.Exchange(ref s_obligationsOverdue, obligationsOverdue);
    }

    // Gauges are read when an exporter collects, so they report the last count rather than query storage then.
    private static readonly ObservableGauge<long> ApprovalsWaiting = Meter.CreateObservableGauge(
        "approvals.waiting", () => Interlocked.Read(ref s_approvalsWaiting), "{notice}", "Notices waiting for an approver.");

    private static readonly ObservableGauge<long> ObligationsOverdue = Meter.CreateObservableGauge(
        "obligations.overdue", () => Interlocked.Read(ref s_obligationsOverdue), "{obligation}", "Obligations past their due date and not met.");
}
