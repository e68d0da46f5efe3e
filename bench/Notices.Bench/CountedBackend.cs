using DurableTask.AzureStorage;
using Notices.Azurite;

namespace Notices.Bench;

/// <summary>
/// Durable Functions' Azure Storage backend as the local engine configures it (four partitions, queues polled at
/// least every second), with its storage clients counted so that the engine's own requests are in the figures.
/// </summary>
internal static class CountedBackend
{
    public static async Task<AzureStorageOrchestrationService> CreateAsync(AzuriteProcess azurite, string taskHub, RequestCounter counter)
    {
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = taskHub,
            StorageAccountClientProvider = CountedClients.Engine(azurite, counter),
            PartitionCount = 4,
            MaxQueuePollingInterval = TimeSpan.FromSeconds(1),
        });
        await service.CreateIfNotExistsAsync();
        return service;
    }
}
