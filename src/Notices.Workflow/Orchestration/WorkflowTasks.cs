using Microsoft.DurableTask;
using Notices.Workflow.Orchestration.Activities;

namespace Notices.Workflow.Orchestration;

/// <summary>The orchestrator and activities the workflow runs, registered by name with whichever engine hosts them.</summary>
public static class WorkflowTasks
{
    /// <summary>The orchestrator version this build runs; instances started on an older one continue here. host.json's defaultVersion says the same.</summary>
    public const string CurrentVersion = "1";

    public static void Register(DurableTaskRegistry registry) => Register(registry, deployedVersion: null);

    /// <param name="registry">The engine's registry.</param>
    /// <param name="deployedVersion">The orchestrator version the worker serves, onto which procurements move as they continue as new.</param>
    public static void Register(DurableTaskRegistry registry, string? deployedVersion)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator(nameof(ProcurementOrchestrator), () => new ProcurementOrchestrator(deployedVersion));
        registry.AddActivity<LoadRecord>();
        registry.AddActivity<RecordEvents>();
        registry.AddActivity<PublishNoticeRelease>();
        registry.AddActivity<SendNotification>();
        registry.AddActivity<RedactCopy>();
        registry.AddActivity<PublishCopy>();
    }
}
