using DurableTask.AzureStorage;
using Microsoft.Extensions.Options;
using Notices.Api.Hosting;
using Notices.LocalEngine;

namespace Notices.LocalHost;

/// <summary>
/// Starts the Durable Task engine on the app's storage account (Durable Functions' Azure Storage backend behind the
/// gRPC sidecar) after storage is ready, so the worker and client registered with its address can connect;
/// stops it when the app stops.
/// </summary>
internal sealed partial class WorkflowEngineStartup(
    IOptions<StorageOptions> storage, IOptions<WorkflowEngineOptions> engine, WorkflowEngineAddress address, ILoggerFactory loggers,
    ILogger<WorkflowEngineStartup> logger)
    : IHostedService, IAsyncDisposable
{
    private DurableSidecar? _sidecar;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = storage.Value;
        var options = engine.Value;
        AzureStorageOrchestrationService backend = !string.IsNullOrWhiteSpace(settings.ConnectionString)
            ? await AzureStorageBackend.CreateAsync(settings.ConnectionString, options.TaskHub, loggers, options.Partitions).ConfigureAwait(false)
            : await AzureStorageBackend.CreateAsync(
                settings.AccountName ?? throw new InvalidOperationException(
                    "No storage account is configured for the workflow: set AzureWebJobsStorage or AzureWebJobsStorage__accountName."),
                StorageClients.Credential(settings), options.TaskHub, loggers, options.Partitions).ConfigureAwait(false);
        _sidecar = await DurableSidecar.StartAsync(backend, loggers, address.Uri.Port, cancellationToken: cancellationToken).ConfigureAwait(false);
        LogStarted(options.TaskHub, address.Uri);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        var sidecar = Interlocked.Exchange(ref _sidecar, null);
        if (sidecar is not null)
        {
            await sidecar.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The workflow engine runs task hub {TaskHub} at {Address}.")]
    private partial void LogStarted(string taskHub, Uri address);
}

/// <summary>Where the engine's sidecar listens: a loopback port chosen when the app is composed, before anything starts.</summary>
internal sealed record WorkflowEngineAddress(Uri Uri)
{
    public static WorkflowEngineAddress Choose() => new(new Uri($"http://127.0.0.1:{DurableSidecar.FreePort()}"));
}
