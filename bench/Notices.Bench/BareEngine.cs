using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Notices.Bench;

/// <summary>The bare orchestration and its empty activities on the standard worker and client, as the workflow's engine registers its own.</summary>
internal static class BareEngine
{
    public static void Register(IServiceCollection services, Uri sidecar, PublicationTimes publications, BareTally tally)
    {
        var channel = GrpcChannel.ForAddress(sidecar);
        services.AddSingleton(publications);
        services.AddSingleton(tally);
        services.AddDurableTaskWorker(builder =>
        {
            builder.UseGrpc(channel);
            builder.AddTasks(tasks =>
            {
                tasks.AddOrchestrator<BareOrchestrator>();
                tasks.AddActivity<BareRecord>();
                tasks.AddActivity<BareWork>();
            });
        });
        services.AddDurableTaskClient(builder => builder.UseGrpc(channel));
    }
}
