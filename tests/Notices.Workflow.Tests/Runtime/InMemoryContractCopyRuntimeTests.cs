using Notices.Storage.Contracts;
using Notices.Workflow.Runtime;

namespace Notices.Workflow.Tests.Runtime;

/// <summary>The contract-copy scenarios with every port and container in memory.</summary>
public sealed class InMemoryContractCopyRuntimeTests : ContractCopyRuntimeScenarios
{
    protected override Task<WorkflowPorts> CreatePortsAsync(TimeProvider clock) => Task.FromResult(WorkflowRuntime.InMemoryPorts(clock));

    protected override Task<(IContractBlobContainer Originals, IContractBlobContainer Published)> CreateContainersAsync() =>
        Task.FromResult<(IContractBlobContainer, IContractBlobContainer)>((new InMemoryContractBlobContainer(), new InMemoryContractBlobContainer()));
}
