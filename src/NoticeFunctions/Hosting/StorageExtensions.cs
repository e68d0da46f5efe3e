using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Hosting;

internal static class StorageExtensions
{
    /// <summary>
    /// The storage account and the workflow on it, connected at start-up (after Azurite, when the app starts one). The
    /// startup service is registered before every other hosted service so they start after it.
    /// </summary>
    public static void AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StorageConnection>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<StorageConnection>().Account);
        builder.Services.AddHostedService<StorageStartup>();
        builder.Services.AddSingleton(ContractCopies.ContractCopiesExtensions.Names(builder.Configuration));
        builder.Services.AddSingleton(sp => new WorkflowRuntime(
            WorkflowStorage.Ports(sp.GetRequiredService<StorageAccount>(), sp.GetRequiredService<WorkflowStorageNames>()),
            sp.GetRequiredService<TimeProvider>()));
    }
}
