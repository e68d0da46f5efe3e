using NoticeFunctions.Api;
using Notices.Storage;
using Notices.Storage.Contracts;
using Notices.Storage.Workflow;
using Notices.Workflow.Runtime;
using PdfSharp;

namespace NoticeFunctions.ContractCopies;

/// <summary>Contract copies in the app: the private originals store, the published container the public reads, and PDFsharp's licence.</summary>
internal static class ContractCopiesExtensions
{
    /// <summary>A commercial PDFsharp licence key, if the deployment has one; without it the AGPL licence is used.</summary>
    public const string PdfSharpLicenceKeySetting = "ContractCopies:PdfSharpLicenceKey";

    /// <summary>Where the public reads published copies; the notices' documents point here.</summary>
    public const string PublicBaseUrlSetting = "ContractCopies:PublicBaseUrl";

    private static int _licenceLoaded;

    public static void AddContractCopies(this WebApplicationBuilder builder)
    {
        LoadPdfSharpLicence(builder.Configuration[PdfSharpLicenceKeySetting]);
        builder.Services.AddSingleton(sp => WorkflowStorage.ContractOriginals(sp.GetRequiredService<StorageServices>(), sp.GetRequiredService<WorkflowStorageNames>()));
        builder.Services.AddSingleton(sp => new PublishedContractCopies(new ContractBlobContainer(
            sp.GetRequiredService<StorageServices>().Blobs.GetBlobContainerClient(sp.GetRequiredService<WorkflowStorageNames>().ContractsRedactedContainer))));
        builder.Services.AddSingleton(sp => new ContractCopyUploads(sp.GetRequiredService<WorkflowRuntime>(), sp.GetRequiredService<ContractOriginalStore>()));
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

    /// <summary>
    /// PDFsharp works only once a licence is loaded, once per process: a commercial key when the deployment has one,
    /// otherwise the AGPL (see docs/decisions/redaction.md).
    /// </summary>
    private static void LoadPdfSharpLicence(string? key)
    {
        if (Interlocked.Exchange(ref _licenceLoaded, 1) == 1)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(key))
        {
            PdfSharpLicense.SetAgplLicense();
        }
        else
        {
            PdfSharpLicense.LoadLicense(key.Trim());
        }
    }
}
