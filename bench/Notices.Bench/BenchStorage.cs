using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Notices.Azurite;
using Notices.Storage;

namespace Notices.Bench;

/// <summary>The SDK's clients on the benchmark's Azurite, every request they send counted by one policy.</summary>
internal static class BenchStorage
{
    public static StorageServices Counted(AzuriteProcess azurite, RequestCounter counter)
    {
        var tables = new TableClientOptions();
        tables.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var blobs = new BlobClientOptions();
        blobs.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var queues = StorageServices.QueueOptions();
        queues.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        return new StorageServices(
            new TableServiceClient(azurite.ConnectionString, tables),
            new BlobServiceClient(azurite.ConnectionString, blobs),
            new QueueServiceClient(azurite.ConnectionString, queues));
    }
}
