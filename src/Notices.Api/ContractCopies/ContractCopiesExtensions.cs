using Notices.Storage;
using Notices.Storage.Contracts;
using Notices.Storage.Workflow;
using Notices.Workflow.Orchestration;

namespace Notices.Api.ContractCopies;

/// <summary>Contract copies in the app: the private originals store, and the published container the public reads.</summary>
internal static class ContractCopiesExtensions
{
    /// <summary>Where the public reads published copies; the notices' documents point here.</summary>
    public const string PublicBaseUrlSetting = "ContractCopies:PublicBaseUrl";

    public static void AddContractCopies(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => WorkflowStorage.ContractOriginals(sp.GetRequiredService<StorageServices>(), sp.GetRequiredService<WorkflowStorageNames>()));
        builder.Services.AddSingleton(sp => new PublishedContractCopies(new ContractBlobContainer(
            sp.GetRequiredService<StorageServices>().Blobs.GetBlobContainerClient(sp.GetRequiredService<WorkflowStorageNames>().ContractsRedactedContainer))));
        builder.Services.AddSingleton(sp => new ContractCopyUploads(sp.GetRequiredService<ProcurementWorkflow>(), sp.GetRequiredService<ContractOriginalStore>()));
    }

    /// <summary>
    /// The storage names, with the public address of published copies: as configured, or else this app's own
    /// address in Azure (App Service sets <c>WEBSITE_HOSTNAME</c>), or else the development address.
    /// </summary>
    public static WorkflowStorageNames Names(IConfiguration configuration)
    {
        var names = new WorkflowStorageNames();
        var configured = configuration[PublicBaseUrlSetting];
        if (string.IsNullOrWhiteSpace(configured) && configuration["WEBSITE_HOSTNAME"] is { Length: > 0 } host)
        {
            configured = $"https://{host}{ContractCopyEndpoints.PublishedPath}/";
        }

        if (string.IsNullOrWhiteSpace(configured))
        {
            return names;
        }

        return Uri.TryCreate(configured.EndsWith('/') ? configured : configured + "/", UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
            ? names with { PublishedCopiesBaseUrl = url }
            : throw new InvalidOperationException($"{PublicBaseUrlSetting} is '{configured}', which is not an absolute http(s) address.");
    }
}
