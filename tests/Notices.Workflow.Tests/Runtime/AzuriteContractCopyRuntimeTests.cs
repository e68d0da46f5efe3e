using Notices.Storage.Contracts;
using Notices.Storage.Workflow;
using Notices.Testing;
using Notices.Workflow.Runtime;
using Xunit;

namespace Notices.Workflow.Tests.Runtime;

/// <summary>The contract-copy scenarios on Azure Storage: tables, queues and blob containers on the Azurite the test run starts.</summary>
public sealed class AzuriteContractCopyRuntimeTests(AzuriteFixture azurite) : ContractCopyRuntimeScenarios, IClassFixture<AzuriteFixture>
{
    private WorkflowStorageNames names = new();

    protected override async Task<WorkflowPorts> CreatePortsAsync(TimeProvider clock)
    {
        names = new WorkflowStorageNames(UniqueName.Table("cc"))
        {
            WorkQueue = UniqueName.Queue("work"),
            NoticesContainer = UniqueName.Container("notices"),
            ContractsOriginalContainer = UniqueName.Container("originals"),
            ContractsRedactedContainer = UniqueName.Container("redacted"),
        };
        await WorkflowStorage.EnsureCreatedAsync(azurite.Storage, names);
        var ports = WorkflowStorage.Ports(azurite.Storage, names);
        return ports with { Queue = new ClockDelayedWorkQueueClient(ports.Queue, clock) };
    }

    protected override Task<(IContractBlobContainer Originals, IContractBlobContainer Published)> CreateContainersAsync() =>
        Task.FromResult<(IContractBlobContainer, IContractBlobContainer)>((
            new ContractBlobContainer(azurite.Storage.Blobs.GetBlobContainerClient(names.ContractsOriginalContainer)),
            new ContractBlobContainer(azurite.Storage.Blobs.GetBlobContainerClient(names.ContractsRedactedContainer))));
}
