using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Notices.Api.Security;

/// <summary>
/// Keeps ASP.NET Data Protection keys as blobs, one per key, so every instance (and every start
/// after a scale to zero) reads the same key ring and anti-forgery tokens and cookies stay valid.
/// Data Protection calls this synchronously and rarely (when it refreshes its key ring), hence the
/// blocking waits. The container is created at start-up, before Data Protection first reads it.
/// </summary>
internal sealed class BlobXmlRepository(BlobContainerClient container) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => ReadAllAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = $"{(string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName)}.xml";

        // A key is written once and never changed.
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/xml" },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        container.GetBlobClient(name).Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), options);
    }

    private async Task<IReadOnlyCollection<XElement>> ReadAllAsync()
    {
        var elements = new List<XElement>();
        await foreach (var blob in container.GetBlobsAsync().ConfigureAwait(false))
        {
            var download = await container.GetBlobClient(blob.Name).DownloadStreamingAsync().ConfigureAwait(false);
            await using (download.Value.Content.ConfigureAwait(false))
            {
                elements.Add(await XElement.LoadAsync(download.Value.Content, LoadOptions.None, CancellationToken.None).ConfigureAwait(false));
            }
        }

        return elements;
    }
}
