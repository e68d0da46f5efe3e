using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using System.Net;
using System.Net.Sockets;
using Notices.Azurite;
using Notices.Storage;
using Notices.Storage.Workflow;

namespace NoticeFunctions.Hosting;

/// <summary>
/// Readies storage before anything else starts: in Development with the development storage account it
/// first starts Azurite on the development ports (data kept in the repository's .azurite folder, stopped
/// with the app), which the registered clients already point at; then it creates the workflow's tables,
/// queues and containers and the app's own container.
/// </summary>
internal sealed partial class StorageStartup(
    StorageServices clients,
    IOptions<StorageOptions> storage,
    IOptions<HostingOptions> hosting,
    WorkflowStorageNames names,
    IHostEnvironment environment,
    ILogger<StorageStartup> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>The development storage account's ports, so <c>UseDevelopmentStorage=true</c> reaches it.</summary>
    private const int BlobPort = 10000;
    private const int QueuePort = 10001;
    private const int TablePort = 10002;

    private AzuriteProcess? _azurite;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = storage.Value;
        if (settings.IsDevelopmentStorage && hosting.Value.StartAzurite && environment.IsDevelopment() && !hosting.Value.IsCustomHandler)
        {
            _azurite = await StartAzuriteAsync(cancellationToken).ConfigureAwait(false);
        }

        await WorkflowStorage.EnsureCreatedAsync(clients, names, cancellationToken).ConfigureAwait(false);
        await clients.Blobs.GetBlobContainerClient(StorageResources.DataProtectionKeys)
            .CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
        LogConnected(clients.Blobs.AccountName, clients.Blobs.Uri);
    }

    // Hosted services stop in reverse order, so Azurite stops after the trigger loops that use it.
    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        var azurite = Interlocked.Exchange(ref _azurite, null);
        if (azurite is not null)
        {
            await azurite.DisposeAsync().ConfigureAwait(false);
            LogAzuriteStopped();
        }
    }

    private async Task<AzuriteProcess> StartAzuriteAsync(CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var dataFolder = Path.GetFullPath(Path.Combine(root, hosting.Value.AzuriteDataFolder));
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            if (!PortIsFree(port))
            {
                throw new InvalidOperationException(
                    $"Port {port} is in use, so Azurite cannot start on the development storage ports. " +
                    "Stop whatever holds it (another Azurite?), or set Hosting__StartAzurite=false to use the Azurite already running.");
            }
        }

        LogStartingAzurite(dataFolder);
        return await AzuriteProcess.StartAsync(
            new AzuriteOptions { BlobPort = BlobPort, QueuePort = QueuePort, TablePort = TablePort, DataFolder = dataFolder, RepositoryRoot = root },
            cancellationToken).ConfigureAwait(false);
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting Azurite with its data in {DataFolder}")]
    private partial void LogStartingAzurite(string dataFolder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Azurite stopped")]
    private partial void LogAzuriteStopped();

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage account {Account} at {BlobEndpoint}")]
    private partial void LogConnected(string account, Uri blobEndpoint);
}
