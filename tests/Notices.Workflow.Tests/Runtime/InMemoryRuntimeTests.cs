using Notices.Workflow.Runtime;

namespace Notices.Workflow.Tests.Runtime;

/// <summary>The runtime scenarios with every port in memory.</summary>
public sealed class InMemoryRuntimeTests : InProcessScenarios
{
    protected override Task<WorkflowPorts> CreatePortsAsync(TimeProvider clock) => Task.FromResult(WorkflowRuntime.InMemoryPorts(clock));
}
