using Azure.Core.Serialization;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Notices.Api;
using Notices.Api.ContractCopies;
using Notices.Api.Hosting;
using Notices.Api.Security;
using Notices.Workflow.Procurements;
using Notices.Workflow.Serialization;

namespace NoticeFunctions;

/// <summary>The Function App's services: the same storage, workflow, sign-in and API as the local host.</summary>
internal static class NoticeFunctionsComposition
{
    public static FunctionsApplicationBuilder AddNoticeFunctions(this FunctionsApplicationBuilder builder)
    {
        var services = builder.Services;
        // Durable Functions serialises orchestration inputs, outputs and events with the worker's serializer: the
        // workflow's own options, so the record and the engine read the same JSON as on the local engine.
        services.Configure<WorkerOptions>(worker => worker.Serializer = new JsonObjectSerializer(WorkflowJson.Options));
        services.TryAddSingleton(TimeProvider.System);

        // Functions gives the Durable client only to a function's [DurableClient] binding; each HTTP function hands it
        // over before its endpoint runs, and the workflow's command sender takes it from there.
        services.AddSingleton<DurableClientHolder>();
        services.AddSingleton<DurableTaskClient>(sp => sp.GetRequiredService<DurableClientHolder>().Client);

        builder.AddStorage();
        // The worker's own spans (each invocation, parented by the host's) beside the workflow's.
        var telemetry = builder.AddNoticesTelemetry().UseFunctionsWorkerDefaults();
        if (builder.SendsToApplicationInsights())
        {
            telemetry.UseAzureMonitorExporter();
        }

        builder.AddSignIn();
        services.TryAddSingleton<IIdSource>(RandomIdSource.Instance);
        services.AddApi();
        builder.AddContractCopies();
        services.AddSingleton(sp => new ApiEndpointTable(sp));
        return builder;
    }
}
