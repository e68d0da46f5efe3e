using DurableTask.AzureStorage;
using Microsoft.Extensions.Logging;

namespace Notices.LocalEngine;

/// <summary>Durable Functions' own Azure Storage backend, on the given account (Azurite locally).</summary>
public static class AzureStorageBackend
{
    /// <summary>Creates the task hub if it is missing (the sidecar never waits for that) and returns the service.</summary>
    /// <param name="messageVisibility">
    /// How long a message a process took stays hidden from the others (five minutes unless given): a process that
    /// dies mid-work leaves its work to be taken up again after this.
    /// </param>
    public static async Task<AzureStorageOrchestrationService> CreateAsync(
        string connectionString, string taskHub, ILoggerFactory? loggers = null, int partitions = 4, string? workerId = null,
        TimeSpan? messageVisibility = null)
    {
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = taskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            PartitionCount = partitions,
            // An idle hub otherwise backs its polling off to 30 s; a person waiting for an answer notices a second.
            MaxQueuePollingInterval = TimeSpan.FromSeconds(1),
        };
        if (messageVisibility is { } visibility)
        {
            settings.ControlQueueVisibilityTimeout = visibility;
            settings.WorkItemQueueVisibilityTimeout = visibility;
        }

        if (workerId is not null)
        {
            settings.WorkerId = workerId;
        }

        if (loggers is not null)
        {
            settings.LoggerFactory = loggers;
        }

        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync().ConfigureAwait(false);
        return service;
    }
}
