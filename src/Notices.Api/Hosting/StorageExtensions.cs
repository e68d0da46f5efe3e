using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Workflow.Orchestration;

namespace Notices.Api.Hosting;

internal static class StorageExtensions
{
    /// <summary>
    /// The storage account's service clients, registered with the Azure SDK's client factory from the
    /// <c>AzureWebJobsStorage</c> settings, and the workflow on them. A client makes no request until it is
    /// used, so they can be built before the local host has started Azurite; the storage start-up service is
    /// registered before every other hosted service so they start after it. The names
    /// are the workflow's defaults, which the generated function.json and main.bicep use too; a test
    /// sharing one account registers its own names (and ports, and workflow options) first.
    /// </summary>
    public static void AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var section = configuration.GetSection(StorageOptions.Section);
            options.ConnectionString = section.Value;
            options.AccountName = section["accountName"];
            options.ClientId = section["clientId"];
            options.BlobServiceUri = AbsoluteUri(section["blobServiceUri"]);
            options.QueueServiceUri = AbsoluteUri(section["queueServiceUri"]);
            options.TableServiceUri = AbsoluteUri(section["tableServiceUri"]);
        });
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
        builder.Services.AddOptions<WorkflowEngineOptions>().BindConfiguration(WorkflowEngineOptions.Section);
    }

    private static Uri? AbsoluteUri(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new Uri(value, UriKind.Absolute);

    private static StorageOptions Settings(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;
}
