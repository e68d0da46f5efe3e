using Notices.Workflow.Runtime;
using Notices.Testing;
using Xunit;

namespace Notices.Workflow.Tests.Runtime;

/// <summary>The runtime scenarios in memory with every activity going through the work queue.</summary>
public sealed class InMemoryQueuedRuntimeTests : RuntimeScenarios
{
    protected override bool ActivitiesInProcess => false;

    protected override Task<WorkflowPorts> CreatePortsAsync(TimeProvider clock) => Task.FromResult(WorkflowRuntime.InMemoryPorts(clock));
}

/// <summary>The runtime scenarios on Azurite with every activity going through the work queue.</summary>
public sealed class AzuriteQueuedRuntimeTests(AzuriteFixture azurite) : RuntimeScenarios, IClassFixture<AzuriteFixture>
{
    protected override bool ActivitiesInProcess => false;

    protected override Task<WorkflowPorts> CreatePortsAsync(TimeProvider clock) => AzuriteRuntimeTests.CreateAsync(azurite, clock);
}
