using Azure.Core;
using Azure.Core.Pipeline;
using Notices.Storage.Blobs;
using Notices.Storage.Pipeline;
using Notices.Storage.Queues;
using Notices.Storage.Tables;

namespace Notices.Storage;

/// <summary>
/// A storage account: its three service endpoints and how requests to them are authorised (Shared Key
/// from a connection string, or an Entra ID token credential such as a managed identity).
/// Create one per account and share it: every client it hands out uses the same pipelines.
/// </summary>
public sealed class StorageAccount
{
    /// <summary>Blob and Queue API version: accepted by Azure and by Azurite 3.33 and later.</summary>
    internal const string BlobQueueApiVersion = "2024-11-04";

    /// <summary>Table API version, the one the official table SDK sends.</summary>
    internal const string TableApiVersion = "2020-12-06";

    private const string StorageScope = "https://storage.azure.com/.default";

    private readonly StorageServiceClient _blob;
    private readonly StorageServiceClient _queue;
    private readonly StorageServiceClient _table;

    private StorageAccount(string accountName, Uri blobEndpoint, Uri queueEndpoint, Uri tableEndpoint, Func<StorageService, HttpPipelinePolicy> authorisation, StorageClientOptions? options)
    {
        AccountName = accountName;
        options ??= new StorageClientOptions();
        _blob = CreateService(blobEndpoint, StorageService.Blob, BlobQueueApiVersion, authorisation, options);
        _queue = CreateService(queueEndpoint, StorageService.Queue, BlobQueueApiVersion, authorisation, options);
        _table = CreateService(tableEndpoint, StorageService.Table, TableApiVersion, authorisation, options);
    }

    /// <summary>An account in Azure reached with a token credential (managed identity in Azure).</summary>
    public StorageAccount(string accountName, TokenCredential credential, StorageClientOptions? options = null)
        : this(
            ValidAccountName(accountName),
            new Uri($"https://{accountName}.blob.core.windows.net"),
            new Uri($"https://{accountName}.queue.core.windows.net"),
            new Uri($"https://{accountName}.table.core.windows.net"),
            BearerPolicy(credential),
            options)
    {
    }

    /// <summary>
    /// An account reached through explicit service URIs with a token credential, as the Functions
    /// identity settings give them (<c>__blobServiceUri</c>, <c>__queueServiceUri</c>, <c>__tableServiceUri</c>).
    /// </summary>
    public StorageAccount(Uri blobServiceUri, Uri queueServiceUri, Uri tableServiceUri, TokenCredential credential, StorageClientOptions? options = null)
        : this(
            AccountNameFromHost(RequireHttps(blobServiceUri, nameof(blobServiceUri))),
            blobServiceUri,
            RequireHttps(queueServiceUri, nameof(queueServiceUri)),
            RequireHttps(tableServiceUri, nameof(tableServiceUri)),
            BearerPolicy(credential),
            options)
    {
    }

    public string AccountName { get; }

    public Uri BlobEndpoint => _blob.Endpoint;

    public Uri QueueEndpoint => _queue.Endpoint;

    public Uri TableEndpoint => _table.Endpoint;

    internal StorageServiceClient QueueService => _queue;

    /// <summary>An account from a connection string: <c>UseDevelopmentStorage=true</c>, or AccountName and AccountKey with endpoints.</summary>
    public static StorageAccount FromConnectionString(string connectionString, StorageClientOptions? options = null)
    {
        var parsed = StorageConnectionString.Parse(connectionString);
        return new StorageAccount(
            parsed.AccountName,
            parsed.BlobEndpoint,
            parsed.QueueEndpoint,
            parsed.TableEndpoint,
            service => new SharedKeyPolicy(parsed.AccountName, parsed.AccountKey, service),
            options);
    }

    /// <summary>A client for one blob container. The name is checked against Azure's rules here.</summary>
    public BlobContainerClient GetBlobContainer(string name) => new(_blob, StorageNames.ValidContainer(name));

    /// <summary>A client for one queue. The name is checked against Azure's rules here.</summary>
    public QueueClient GetQueue(string name) => new(_queue, StorageNames.ValidQueue(name));

    /// <summary>A client for one table. The name is checked against Azure's rules here.</summary>
    public TableClient GetTable(string name) => new(_table, StorageNames.ValidTable(name));

    private static StorageServiceClient CreateService(Uri endpoint, StorageService service, string apiVersion, Func<StorageService, HttpPipelinePolicy> authorisation, StorageClientOptions options)
    {
        var pipeline = HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [],
            perRetryPolicies: [new StorageHeadersPolicy(apiVersion, options.TimeProvider), authorisation(service)],
            responseClassifier: new ResponseClassifier());
        return new StorageServiceClient(endpoint, pipeline, service);
    }

    private static Func<StorageService, HttpPipelinePolicy> BearerPolicy(TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var policy = new BearerTokenAuthenticationPolicy(credential, StorageScope);
        return _ => policy;
    }

    private static string ValidAccountName(string accountName)
    {
        ArgumentNullException.ThrowIfNull(accountName);
        if (accountName.Length is < 3 or > 24 || !accountName.All(static c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c)))
        {
            throw new ArgumentException(
                $"Storage account name '{accountName}' is not valid: it must be 3 to 24 lower-case letters and digits.",
                nameof(accountName));
        }

        return accountName;
    }

    private static Uri RequireHttps(Uri uri, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(uri, parameterName);
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"A token credential sends bearer tokens, which need HTTPS; '{uri}' is not HTTPS.", parameterName);
        }

        return uri;
    }

    private static string AccountNameFromHost(Uri blobServiceUri)
    {
        var dot = blobServiceUri.Host.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? blobServiceUri.Host[..dot] : blobServiceUri.Host;
    }
}
