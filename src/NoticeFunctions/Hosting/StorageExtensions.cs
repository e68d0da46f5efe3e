using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.LocalEngine;
using Notices.Workflow.Orchestration;

namespace NoticeFunctions.Hosting;

internal static class StorageExtensions
{
    /// <summary>
    /// The storage account's service clients, registered with the Azure SDK's client factory from the
    /// <c>AzureWebJobsStorage</c> settings, and the workflow on them. A client makes no request until it is
    /// used, so in Development they can be built before <see cref="StorageStartup"/> has started Azurite; the
    /// startup service is registered before every other hosted service so they start after it. The names
    /// are the workflow's defaults, which the generated function.json and main.bicep use too; a test
    /// sharing one account registers its own names (and ports, and workflow options) first.
    /// </summary>
    public static void AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddAzureClients(clients =>
        {
            clients.UseCredential(sp => StorageClients.Credential(Settings(sp)));
            clients.AddClient<TableServiceClient, TableClientOptions>((options, credential, sp) => StorageClients.Tables(Settings(sp), options, credential));
            clients.AddClient<BlobServiceClient, BlobClientOptions>((options, credential, sp) => StorageClients.Blobs(Settings(sp), options, credential));
            clients.AddClient<QueueServiceClient, QueueClientOptions>((options, credential, sp) => StorageClients.Queues(Settings(sp), options, credential));
        });
        builder.Services.AddSingleton(sp => new StorageServices(
            sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<BlobServiceClient>(), sp.GetRequiredService<QueueServiceClient>()));
        builder.Services.AddHostedService<StorageStartup>();
        builder.Services.TryAddSingleton(ContractCopies.ContractCopiesExtensions.Names(builder.Configuration));
        builder.Services.AddWorkflowStorage(sp => sp.GetRequiredService<StorageServices>(), sp => sp.GetRequiredService<WorkflowStorageNames>());
        builder.Services.AddProcurementWorkflow();

        // The engine starts after storage is ready (hosted services start in the order registered), then its worker.
        builder.Services.AddOptions<WorkflowEngineOptions>().BindConfiguration(WorkflowEngineOptions.Section);
        var engine = WorkflowEngineAddress.Choose();
        builder.Services.AddSingleton(engine);
        builder.Services.AddHostedService<WorkflowEngineStartup>();
        builder.Services.AddWorkflowEngine(engine.Uri);
    }

    private static StorageOptions Settings(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;
}
