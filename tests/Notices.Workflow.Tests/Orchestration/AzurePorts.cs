using Azure.Storage.Blobs.Models;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Testing;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>The workflow's ports on an Azurite, under names no other test uses.</summary>
public sealed record AzurePorts(StorageServices Storage, WorkflowStorageNames Names)
{
    public static async Task<AzurePorts> CreateAsync(StorageServices storage)
    {
        var names = new WorkflowStorageNames(UniqueName.Table("w")) { NoticesContainer = UniqueName.Container("notices") };
        await WorkflowStorage.EnsureCreatedAsync(storage, names);
        return new AzurePorts(storage, names);
    }

    /// <summary>A procurement's releases in the notices container: one per publication, however often it was tried.</summary>
    public async Task<int> ReleasesAsync(ProcurementId id)
    {
        var count = 0;
        await foreach (var _ in Storage.Blobs.GetBlobContainerClient(Names.NoticesContainer).GetBlobsAsync(BlobTraits.None, BlobStates.None, id.Value + "/", CancellationToken.None))
        {
            count++;
        }

        return count;
    }
}
