using Azure.Core;
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
    public static Task<AzureStorageOrchestrationService> CreateAsync(
        string connectionString, string taskHub, ILoggerFactory? loggers = null, int partitions = 4, string? workerId = null,
        TimeSpan? messageVisibility = null) =>
        CreateAsync(new StorageAccountClientProvider(connectionString), taskHub, loggers, partitions, workerId, messageVisibility);

    /// <summary>The same on an account reached by identity (Azure), with the given credential.</summary>
    public static Task<AzureStorageOrchestrationService> CreateAsync(
        string accountName, TokenCredential credential, string taskHub, ILoggerFactory? loggers = null, int partitions = 4) =>
        CreateAsync(new StorageAccountClientProvider(accountName, credential), taskHub, loggers, partitions, workerId: null, messageVisibility: null);

    private static async Task<AzureStorageOrchestrationService> CreateAsync(
        StorageAccountClientProvider account, string taskHub, ILoggerFactory? loggers, int partitions, string? workerId, TimeSpan? messageVisibility)
    {
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = taskHub,
            StorageAccountClientProvider = account,
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
