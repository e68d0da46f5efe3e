using Azure.Storage.Blobs.Models;
using Notices.Storage;
using Notices.Storage.Workflow;

namespace Notices.Api.Hosting;

/// <summary>
/// Readies storage before anything else starts: creates the workflow's tables and containers and the app's
/// own container, so the first request finds them.
/// </summary>
internal sealed partial class StorageStartup(StorageServices clients, WorkflowStorageNames names, ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await WorkflowStorage.EnsureCreatedAsync(clients, names, cancellationToken).ConfigureAwait(false);
        await clients.Blobs.GetBlobContainerClient(StorageResources.DataProtectionKeys)
            .CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
        LogConnected(clients.Blobs.AccountName, clients.Blobs.Uri);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage account {Account} at {BlobEndpoint}")]
    private partial void LogConnected(string account, Uri blobEndpoint);
}
