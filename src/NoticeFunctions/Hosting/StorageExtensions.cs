using Microsoft.Extensions.DependencyInjection.Extensions;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Hosting;

internal static class StorageExtensions
{
    /// <summary>
    /// The storage account and the workflow on it, connected at start-up (after Azurite, when the app starts one). The
    /// startup service is registered before every other hosted service so they start after it. The names
    /// are the workflow's defaults, which the generated function.json and main.bicep use too; a test
    /// sharing one account registers its own names (and ports, and workflow options) first.
    /// </summary>
    public static void AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StorageConnection>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<StorageConnection>().Account);
        builder.Services.AddHostedService<StorageStartup>();
        builder.Services.TryAddSingleton(ContractCopies.ContractCopiesExtensions.Names(builder.Configuration));
        builder.Services.TryAddSingleton(sp => WorkflowStorage.Ports(sp.GetRequiredService<StorageAccount>(), sp.GetRequiredService<WorkflowStorageNames>()));
        builder.Services.AddSingleton(sp => new WorkflowRuntime(
            sp.GetRequiredService<WorkflowPorts>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<WorkflowOptions>()));
    }
}
