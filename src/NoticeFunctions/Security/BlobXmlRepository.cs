using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using NoticeFunctions.Hosting;
using Notices.Storage.Blobs;

namespace NoticeFunctions.Security;

/// <summary>
/// Keeps ASP.NET Data Protection keys as blobs, one per key, so every instance (and every start
/// after a scale to zero) reads the same key ring and anti-forgery tokens and cookies stay valid.
/// Data Protection calls this synchronously and rarely (when it refreshes its key ring), hence the
/// blocking waits. The account is looked up on first use: Data Protection is built before storage
/// is connected.
/// </summary>
internal sealed class BlobXmlRepository(StorageConnection storage, string containerName) : IXmlRepository
{
    private BlobContainerClient Container => storage.Account.GetBlobContainer(containerName);

    public IReadOnlyCollection<XElement> GetAllElements() => ReadAllAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = $"{(string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName)}.xml";
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting)));
        // A key is written once and never changed.
        Container.UploadAsync(name, content, new BlobUploadOptions { ContentType = "application/xml", CreateOnly = true })
            .GetAwaiter().GetResult();
    }

    private async Task<IReadOnlyCollection<XElement>> ReadAllAsync()
    {
        var elements = new List<XElement>();
        var container = Container;
        await foreach (var blob in container.ListBlobsAsync().ConfigureAwait(false))
        {
            var download = await container.DownloadAsync(blob.Name).ConfigureAwait(false);
            await using (download.ConfigureAwait(false))
            {
                elements.Add(await XElement.LoadAsync(download.Content, LoadOptions.None, CancellationToken.None).ConfigureAwait(false));
            }
        }

        return elements;
    }
}
