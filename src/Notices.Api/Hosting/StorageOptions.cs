namespace Notices.Api.Hosting;

/// <summary>The storage account, read from the same settings the Functions host uses
/// (<c>AzureWebJobsStorage</c> for a connection string, or <c>AzureWebJobsStorage__accountName</c>
/// with a managed identity), so one set of app settings serves the host and the app.</summary>
internal sealed class StorageOptions
{
    public const string Section = "AzureWebJobsStorage";

    public string? ConnectionString { get; set; }

    public string? AccountName { get; set; }

    /// <summary>Explicit service endpoints (<c>__blobServiceUri</c> and its siblings), used with the managed identity; a service without one is reached at its standard address for <see cref="AccountName"/>.</summary>
    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>Client id of the user-assigned managed identity; when empty, the default credential chain (the system-assigned identity in Azure).</summary>
    public string? ClientId { get; set; }

    public bool IsDevelopmentStorage =>
        string.Equals(ConnectionString?.Trim().TrimEnd(';'), "UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase);
}
