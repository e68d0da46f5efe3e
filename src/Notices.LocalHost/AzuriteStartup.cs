using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Notices.Api.Hosting;
using Notices.Azurite;

namespace Notices.LocalHost;

/// <summary>
/// In Development with the development storage account, starts Azurite on the development ports (data kept in
/// the repository's .azurite folder) before anything else starts, and stops it last, with the host.
/// </summary>
internal sealed partial class AzuriteStartup(
    IOptions<StorageOptions> storage, IOptions<LocalHostOptions> local, IHostEnvironment environment, ILogger<AzuriteStartup> logger)
    : IHostedService, IAsyncDisposable
{
    /// <summary>The development storage account's ports, so <c>UseDevelopmentStorage=true</c> reaches it.</summary>
    private const int BlobPort = 10000;
    private const int QueuePort = 10001;
    private const int TablePort = 10002;

    private AzuriteProcess? _azurite;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.IsDevelopmentStorage && local.Value.StartAzurite && environment.IsDevelopment())
        {
            _azurite = await StartAzuriteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Hosted services stop in reverse order, so Azurite stops after everything that uses it.
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
        var dataFolder = Path.GetFullPath(Path.Combine(root, local.Value.AzuriteDataFolder));
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            if (!PortIsFree(port))
            {
                throw new InvalidOperationException(
                    $"Port {port} is in use, so Azurite cannot start on the development storage ports. " +
                    "Stop whatever holds it (another Azurite?), or set LocalHost__StartAzurite=false to use the Azurite already running.");
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
}
