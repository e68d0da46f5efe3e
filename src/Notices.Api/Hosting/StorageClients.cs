using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Notices.Api.Hosting;

/// <summary>
/// Builds each service client from the <c>AzureWebJobsStorage</c> settings, as the Functions host reads them: a
/// connection string (Azurite, or an account key) wins; otherwise the managed identity reaches the account by
/// its explicit service URIs, or by the standard ones derived from its name.
/// </summary>
internal static class StorageClients
{
    private const string NotConfigured =
        "No storage account is configured: set AzureWebJobsStorage to a connection string " +
        "(UseDevelopmentStorage=true for Azurite) or AzureWebJobsStorage__accountName for a managed identity.";

    /// <summary>
    /// A user-assigned managed identity when its client id is configured; otherwise the default chain, which is
    /// the system-assigned identity in Azure and a developer's own sign-in on their machine.
    /// </summary>
    public static TokenCredential Credential(StorageOptions settings) =>
        string.IsNullOrWhiteSpace(settings.ClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(settings.ClientId));

    public static TableServiceClient Tables(StorageOptions settings, TableClientOptions options, TokenCredential credential) =>
        HasConnectionString(settings)
            ? new TableServiceClient(settings.ConnectionString, options)
            : new TableServiceClient(Endpoint(settings, settings.TableServiceUri, "table"), credential, options);

    public static BlobServiceClient Blobs(StorageOptions settings, BlobClientOptions options, TokenCredential credential) =>
        HasConnectionString(settings)
            ? new BlobServiceClient(settings.ConnectionString, options)
            : new BlobServiceClient(Endpoint(settings, settings.BlobServiceUri, "blob"), credential, options);

    public static QueueServiceClient Queues(StorageOptions settings, QueueClientOptions options, TokenCredential credential)
    {
        // Base64 bodies: the Functions host's queue trigger reads them so.
        options.MessageEncoding = QueueMessageEncoding.Base64;
        return HasConnectionString(settings)
            ? new QueueServiceClient(settings.ConnectionString, options)
            : new QueueServiceClient(Endpoint(settings, settings.QueueServiceUri, "queue"), credential, options);
    }

    private static bool HasConnectionString(StorageOptions settings) => !string.IsNullOrWhiteSpace(settings.ConnectionString);

    private static Uri Endpoint(StorageOptions settings, Uri? explicitUri, string service)
    {
        if (explicitUri is not null)
        {
            // A token credential sends bearer tokens, which need HTTPS.
            return explicitUri.Scheme == Uri.UriSchemeHttps
                ? explicitUri
                : throw new InvalidOperationException($"AzureWebJobsStorage__{service}ServiceUri '{explicitUri}' is not HTTPS; a managed identity needs HTTPS.");
        }

        return string.IsNullOrWhiteSpace(settings.AccountName)
            ? throw new InvalidOperationException(NotConfigured)
            : new Uri($"https://{settings.AccountName}.{service}.core.windows.net");
    }
}
