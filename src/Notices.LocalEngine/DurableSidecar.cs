using System.Net;
using System.Net.Sockets;
using DurableTask.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Notices.LocalEngine;

/// <summary>
/// The Durable Task engine as a gRPC sidecar on loopback, over an orchestration service (Durable Functions' Azure
/// Storage backend, or the in-memory one for fast tests). The standard Durable Task worker and client connect to it.
/// </summary>
public sealed class DurableSidecar : IAsyncDisposable
{
    private readonly WebApplication _server;

    private DurableSidecar(WebApplication server, Uri address)
    {
        _server = server;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the sidecar on a free loopback port; the task hub must already exist.</summary>
    /// <param name="clientOnly">
    /// Serve only the client's requests (start, raise events, read status), for a process that sends commands to
    /// orchestrations another process runs; one process per task hub runs the worker.
    /// </param>
    public static async Task<DurableSidecar> StartAsync(
        IOrchestrationService service, ILoggerFactory? loggers = null, int? port = null, bool clientOnly = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var chosen = port ?? FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (loggers is not null)
        {
            builder.Services.AddSingleton(loggers);
        }

        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, chosen, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(StartedOnlyStop.Wrap(service));
        builder.Services.AddSingleton((IOrchestrationServiceClient)service);
        builder.Services.Configure<TaskHubGrpcServerOptions>(o =>
            o.Mode = clientOnly ? TaskHubGrpcServerMode.ApiServerOnly : TaskHubGrpcServerMode.ApiServerAndDispatcher);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var server = builder.Build();
        server.MapGrpcService<TaskHubGrpcServer>();
        await server.StartAsync(cancellationToken).ConfigureAwait(false);
        return new DurableSidecar(server, new Uri($"http://127.0.0.1:{chosen}"));
    }

    /// <summary>Stops the engine, waiting at most <paramref name="timeout"/> for work in flight.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _server.StopAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Work still in flight is picked up again by the next process on the same task hub.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A loopback port free now, for a sidecar whose address must be known before it starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
