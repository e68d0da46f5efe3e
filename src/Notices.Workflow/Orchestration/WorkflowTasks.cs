using Microsoft.DurableTask;
using Notices.Workflow.Orchestration.Activities;

namespace Notices.Workflow.Orchestration;

/// <summary>The orchestrator and activities the workflow runs, registered by name with whichever engine hosts them.</summary>
public static class WorkflowTasks
{
    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator<ProcurementOrchestrator>();
        registry.AddActivity<LoadRecord>();
        registry.AddActivity<RecordEvents>();
        registry.AddActivity<PublishNoticeRelease>();
        registry.AddActivity<SendNotification>();
        registry.AddActivity<RedactCopy>();
        registry.AddActivity<PublishCopy>();
    }
}
