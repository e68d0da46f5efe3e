using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Notices.Workflow.Orchestration;

namespace Notices.LocalEngine;

/// <summary>The standard Durable Task worker (running the workflow's orchestrator and activities) and client, connected to a sidecar.</summary>
public static class WorkflowEngine
{
    /// <summary>The worker and the client, for the one process on a task hub that runs the orchestrations.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Uri sidecar, string version = WorkflowTasks.CurrentVersion)
    {
        ArgumentNullException.ThrowIfNull(sidecar);
        var channel = GrpcChannel.ForAddress(sidecar);
        services.AddDurableTaskWorker(builder =>
        {
            builder.UseGrpc(channel);
            builder.AddTasks(r => WorkflowTasks.Register(r, version));
            builder.UseVersioning(new DurableTaskWorkerOptions.VersioningOptions
            {
                Version = version,
                DefaultVersion = version,
                MatchStrategy = DurableTaskWorkerOptions.VersionMatchStrategy.CurrentOrOlder,
                FailureStrategy = DurableTaskWorkerOptions.VersionFailureStrategy.Reject,
            });
            builder.Configure(o => o.DataConverter = WorkflowServices.DataConverter);
        });
        return services.AddClient(channel, version);
    }

    /// <summary>The client alone, for a process that only sends commands to orchestrations another process runs.</summary>
    public static IServiceCollection AddWorkflowClient(this IServiceCollection services, Uri sidecar, string version = WorkflowTasks.CurrentVersion)
    {
        ArgumentNullException.ThrowIfNull(sidecar);
        return services.AddClient(GrpcChannel.ForAddress(sidecar), version);
    }

    private static IServiceCollection AddClient(this IServiceCollection services, GrpcChannel channel, string version)
    {
        services.AddDurableTaskClient(builder =>
        {
            builder.UseGrpc(channel);
            builder.UseDefaultVersion(version);
            builder.Configure(o => o.DataConverter = WorkflowServices.DataConverter);
        });
        return services;
    }
}
