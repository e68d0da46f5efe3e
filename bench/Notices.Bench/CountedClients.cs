using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using Notices.Azurite;
using Notices.Storage;

namespace Notices.Bench;

/// <summary>The SDK's clients on the benchmark's Azurite, every request they send counted by one policy.</summary>
internal static class CountedClients
{
    /// <summary>The product's three service clients, as the app registers them, counted.</summary>
    public static StorageServices Storage(AzuriteProcess azurite, RequestCounter counter) => new(
        new TableServiceClient(azurite.ConnectionString, Counted(new TableClientOptions(), counter)),
        new BlobServiceClient(azurite.ConnectionString, Counted(new BlobClientOptions(), counter)),
        new QueueServiceClient(azurite.ConnectionString, Counted(StorageServices.QueueOptions(), counter)));

    /// <summary>
    /// The clients the Durable engine's Azure Storage backend builds for its control and work-item queues, history
    /// and instance tables, leases and large messages: from the connection string with the SDK's default options and the counter.
    /// </summary>
    public static StorageAccountClientProvider Engine(AzuriteProcess azurite, RequestCounter counter) => new(
        StorageServiceClientProvider.ForBlob(azurite.ConnectionString, Counted(new BlobClientOptions(), counter)),
        StorageServiceClientProvider.ForQueue(azurite.ConnectionString, Counted(new QueueClientOptions(), counter)),
        StorageServiceClientProvider.ForTable(azurite.ConnectionString, Counted(new TableClientOptions(), counter)));

    // Per retry, so that a request the SDK sends again counts again: Azurite served it twice.
    private static T Counted<T>(T options, RequestCounter counter) where T : ClientOptions
    {
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        return options;
    }
}
