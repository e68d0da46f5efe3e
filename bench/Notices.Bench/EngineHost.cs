using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Notices.Azurite;
using Notices.LocalEngine;

namespace Notices.Bench;

/// <summary>
/// One Durable engine as the local host runs it: the Azure Storage backend on its own task hub behind the gRPC
/// sidecar, and a host with the standard worker and client that the caller registers.
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    private readonly DurableSidecar sidecar;
    private readonly IHost host;

    private EngineHost(DurableSidecar sidecar, IHost host)
    {
        this.sidecar = sidecar;
        this.host = host;
    }

    public IServiceProvider Services => host.Services;

    public static async Task<EngineHost> StartAsync(
        AzuriteProcess azurite, string taskHub, RequestCounter counter, Action<IServiceCollection, Uri> register)
    {
        var backend = await CountedBackend.CreateAsync(azurite, taskHub, counter);
        var sidecar = await DurableSidecar.StartAsync(backend);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        register(builder.Services, sidecar.Address);
        var host = builder.Build();
        await host.StartAsync();
        return new EngineHost(sidecar, host);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await host.StopAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The run is over; work still in flight goes with Azurite.
        }

        host.Dispose();
        await sidecar.DisposeAsync();
    }
}
