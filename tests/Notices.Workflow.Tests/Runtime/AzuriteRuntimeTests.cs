using Notices.Storage.Workflow;
using Notices.Testing;
using Notices.Workflow.Runtime;
using Xunit;

namespace Notices.Workflow.Tests.Runtime;

/// <summary>The runtime scenarios on Azure Storage: tables, queues and blobs on the Azurite the test run starts.</summary>
public sealed class AzuriteRuntimeTests(AzuriteFixture azurite) : InProcessScenarios, IClassFixture<AzuriteFixture>
{
    protected override Task<WorkflowPorts> CreatePortsAsync(TimeProvider clock) => CreateAsync(azurite, clock);

    /// <summary>The workflow's ports on the shared Azurite, under names of their own.</summary>
    internal static async Task<WorkflowPorts> CreateAsync(AzuriteFixture azurite, TimeProvider clock)
    {
        var names = new WorkflowStorageNames(UniqueName.Table("w")) { WorkQueue = UniqueName.Queue("work"), NoticesContainer = UniqueName.Container("notices") };
        await WorkflowStorage.EnsureCreatedAsync(azurite.Storage, names);
        var ports = WorkflowStorage.Ports(azurite.Storage, names);
        return ports with { Queue = new ClockDelayedWorkQueueClient(ports.Queue, clock) };
    }
}
