using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Azure;
using Azure.Core;
using Notices.Storage.Pipeline;

namespace Notices.Storage.Blobs;

/// <summary>
/// One blob container: create, streaming upload (block by block above <see cref="BlockSize"/>), streaming
/// download, properties, listing by prefix, delete. Obtain it from <see cref="StorageAccount.GetBlobContainer"/>.
/// </summary>
public sealed class BlobContainerClient
{
    /// <summary>
    /// Uploads up to this size go in one request; larger ones as blocks of this size, so an upload holds
    /// one block in memory whatever the blob's size.
    /// </summary>
    public const int BlockSize = 4 * 1024 * 1024;

    private readonly StorageServiceClient _service;

    internal BlobContainerClient(StorageServiceClient service, string name)
    {
        _service = service;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Creates the container (private: no public access); returns false when it already existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var operation = $"Create container '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Put, Name);
        message.Request.Uri.AppendQuery("restype", "container", escapeValue: false);
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            201 => true,
            409 when StorageErrors.ErrorCode(response) is "ContainerAlreadyExists" => false,
            _ => throw StorageErrors.FromResponse(response, operation),
        };
    }

    /// <summary>Deletes the container and its blobs; returns false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(CancellationToken cancellationToken = default)
    {
        var operation = $"Delete container '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Delete, Name);
        message.Request.Uri.AppendQuery("restype", "container", escapeValue: false);
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            202 => true,
            404 => false,
            _ => throw StorageErrors.FromResponse(response, operation),
        };
    }

    /// <summary>
    /// Uploads <paramref name="content"/> from its current position to the end as a block blob. The stream
    /// is read one block at a time, so memory stays flat however large it is.
    /// </summary>
    public async Task<BlobWriteResult> UploadAsync(string blobName, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        StorageNames.ValidBlob(blobName);
        ArgumentNullException.ThrowIfNull(content);
        options ??= new BlobUploadOptions();
        StorageNames.ValidateMetadata(options.Metadata);
        if (options.CreateOnly && options.IfMatch is not null)
        {
            throw new ArgumentException("An upload is either create-only or conditional on an ETag (IfMatch), not both.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.ContentType))
        {
            throw new ArgumentException("ContentType is required, e.g. 'application/pdf'.", nameof(options));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            var read = await content.ReadAtLeastAsync(buffer.AsMemory(0, BlockSize), BlockSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (read < BlockSize)
            {
                return await PutBlobAsync(blobName, buffer.AsMemory(0, read), options, cancellationToken).ConfigureAwait(false);
            }

            // Ids are unique to this upload, so two uploads racing to the same name never mix blocks.
            var uploadId = Guid.NewGuid().ToString("N");
            var blockIds = new List<string>();
            while (read > 0)
            {
                var blockId = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{uploadId}-{blockIds.Count:D6}"));
                await PutBlockAsync(blobName, blockId, buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                blockIds.Add(blockId);
                read = await content.ReadAtLeastAsync(buffer.AsMemory(0, BlockSize), BlockSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            }

            return await PutBlockListAsync(blobName, blockIds, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Opens a blob for reading. The content streams from the connection; dispose the result when done.
    /// Throws with IsNotFound when the blob does not exist.
    /// </summary>
    public async Task<BlobDownload> DownloadAsync(string blobName, CancellationToken cancellationToken = default)
    {
        StorageNames.ValidBlob(blobName);
        var operation = $"Download blob '{blobName}' from container '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Get, BlobPath(blobName));
        message.BufferResponse = false;
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw StorageErrors.FromResponse(response, operation);
        }

        var properties = ReadProperties(blobName, response);
        var stream = message.ExtractResponseContent() ?? Stream.Null;
        return new BlobDownload(properties, stream);
    }

    /// <summary>A blob's properties and metadata, or null when it does not exist.</summary>
    public async Task<BlobProperties?> GetPropertiesAsync(string blobName, CancellationToken cancellationToken = default)
    {
        StorageNames.ValidBlob(blobName);
        var operation = $"Get properties of blob '{blobName}' in container '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Head, BlobPath(blobName));
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            200 => ReadProperties(blobName, response),
            404 => null,
            _ => throw StorageErrors.FromResponse(response, operation),
        };
    }

    /// <summary>Deletes a blob, if <paramref name="ifMatch"/> is given only at that ETag. Returns false when it did not exist.</summary>
    public async Task<bool> DeleteBlobAsync(string blobName, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        StorageNames.ValidBlob(blobName);
        var operation = $"Delete blob '{blobName}' from container '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Delete, BlobPath(blobName));
        if (ifMatch is not null)
        {
            message.Request.Headers.SetValue("If-Match", ifMatch);
        }

        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            202 => true,
            404 => false,
            _ => throw StorageErrors.FromResponse(response, operation),
        };
    }

    /// <summary>One page of blobs whose names start with <paramref name="prefix"/>, in name order, with metadata.</summary>
    public async Task<BlobPage> ListBlobsPageAsync(string? prefix = null, string? marker = null, int? maxResults = null, CancellationToken cancellationToken = default)
    {
        if (maxResults is < 1 or > 5000)
        {
            throw new ArgumentOutOfRangeException(nameof(maxResults), maxResults, "A listing page holds 1 to 5,000 blobs.");
        }

        var operation = $"List blobs in container '{Name}'" + (prefix is null ? string.Empty : $" with prefix '{prefix}'");
        using var message = _service.CreateMessage(RequestMethod.Get, Name);
        var uri = message.Request.Uri;
        uri.AppendQuery("restype", "container", escapeValue: false);
        uri.AppendQuery("comp", "list", escapeValue: false);
        uri.AppendQuery("include", "metadata", escapeValue: false);
        if (!string.IsNullOrEmpty(prefix))
        {
            uri.AppendQuery("prefix", prefix, escapeValue: true);
        }

        if (!string.IsNullOrEmpty(marker))
        {
            uri.AppendQuery("marker", marker, escapeValue: true);
        }

        if (maxResults is not null)
        {
            uri.AppendQuery("maxresults", maxResults.Value.ToString(CultureInfo.InvariantCulture), escapeValue: false);
        }

        var response = await _service.SendExpectingAsync(message, operation, 200, cancellationToken).ConfigureAwait(false);
        using var reader = XmlReader.Create(response.ContentStream!, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var root = XDocument.Load(reader).Root;
        var blobs = new List<BlobProperties>();
        foreach (var blob in root?.Element("Blobs")?.Elements("Blob") ?? [])
        {
            var properties = blob.Element("Properties");
            var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in blob.Element("Metadata")?.Elements() ?? [])
            {
                metadata[item.Name.LocalName] = item.Value;
            }

            blobs.Add(new BlobProperties(
                blob.Element("Name")?.Value ?? string.Empty,
                long.Parse(properties?.Element("Content-Length")?.Value ?? "0", CultureInfo.InvariantCulture),
                properties?.Element("Content-Type")?.Value ?? string.Empty,
                properties?.Element("Etag")?.Value ?? string.Empty,
                ParseDate(properties?.Element("Last-Modified")?.Value),
                metadata));
        }

        var next = root?.Element("NextMarker")?.Value;
        return new BlobPage(blobs, string.IsNullOrEmpty(next) ? null : next);
    }

    /// <summary>Every blob whose name starts with <paramref name="prefix"/>, following pages.</summary>
    public async IAsyncEnumerable<BlobProperties> ListBlobsAsync(string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? marker = null;
        do
        {
            var page = await ListBlobsPageAsync(prefix, marker, null, cancellationToken).ConfigureAwait(false);
            foreach (var blob in page.Blobs)
            {
                yield return blob;
            }

            marker = page.NextMarker;
        }
        while (marker is not null);
    }

    private async Task<BlobWriteResult> PutBlobAsync(string blobName, ReadOnlyMemory<byte> content, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        var operation = $"Upload blob '{blobName}' to container '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Put, BlobPath(blobName));
        var headers = message.Request.Headers;
        headers.SetValue("x-ms-blob-type", "BlockBlob");
        headers.SetValue("Content-Type", options.ContentType);
        headers.SetValue("Content-MD5", ContentMd5(content.Span));
        SetMetadataAndConditions(message.Request, options);
        message.Request.Content = RequestContent.Create(content);
        var response = await _service.SendExpectingAsync(message, operation, 201, cancellationToken).ConfigureAwait(false);
        return WriteResult(response);
    }

    private async Task PutBlockAsync(string blobName, string blockId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var operation = $"Upload a block of blob '{blobName}' to container '{Name}'";
        using var message = _service.CreateMessage(RequestMethod.Put, BlobPath(blobName));
        message.Request.Uri.AppendQuery("comp", "block", escapeValue: false);
        message.Request.Uri.AppendQuery("blockid", blockId, escapeValue: true);
        message.Request.Headers.SetValue("Content-MD5", ContentMd5(content.Span));
        message.Request.Content = RequestContent.Create(content);
        await _service.SendExpectingAsync(message, operation, 201, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BlobWriteResult> PutBlockListAsync(string blobName, List<string> blockIds, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        var operation = $"Upload blob '{blobName}' to container '{Name}' (committing {blockIds.Count} blocks)";
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>", 64 + (blockIds.Count * 60));
        foreach (var id in blockIds)
        {
            xml.Append("<Latest>").Append(id).Append("</Latest>");
        }

        xml.Append("</BlockList>");
        using var message = _service.CreateMessage(RequestMethod.Put, BlobPath(blobName));
        message.Request.Uri.AppendQuery("comp", "blocklist", escapeValue: false);
        var headers = message.Request.Headers;
        headers.SetValue("Content-Type", "application/xml");
        headers.SetValue("x-ms-blob-content-type", options.ContentType);
        SetMetadataAndConditions(message.Request, options);
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(xml.ToString()));
        var response = await _service.SendExpectingAsync(message, operation, 201, cancellationToken).ConfigureAwait(false);
        return WriteResult(response);
    }

    private static void SetMetadataAndConditions(Request request, BlobUploadOptions options)
    {
        if (options.Metadata is not null)
        {
            foreach (var (key, value) in options.Metadata)
            {
                request.Headers.SetValue("x-ms-meta-" + key, value);
            }
        }

        if (options.CreateOnly)
        {
            request.Headers.SetValue("If-None-Match", "*");
        }
        else if (options.IfMatch is not null)
        {
            request.Headers.SetValue("If-Match", options.IfMatch);
        }
    }

    // Content-MD5 is the service's transport checksum for a body, not a security measure.
#pragma warning disable CA5351
    private static string ContentMd5(ReadOnlySpan<byte> content) => Convert.ToBase64String(MD5.HashData(content));
#pragma warning restore CA5351

    private string BlobPath(string blobName)
    {
        // Escape each segment but keep '/', so virtual folders stay folders in listings and portals.
        var builder = new StringBuilder(Name.Length + blobName.Length + 16).Append(Name);
        foreach (var segment in blobName.Split('/'))
        {
            builder.Append('/').Append(Uri.EscapeDataString(segment));
        }

        return builder.ToString();
    }

    private static BlobWriteResult WriteResult(Response response)
    {
        response.Headers.TryGetValue("ETag", out var etag);
        response.Headers.TryGetValue("Last-Modified", out var lastModified);
        return new BlobWriteResult(etag ?? string.Empty, ParseDate(lastModified));
    }

    private static BlobProperties ReadProperties(string blobName, Response response)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith("x-ms-meta-", StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name["x-ms-meta-".Length..]] = header.Value;
            }
        }

        response.Headers.TryGetValue("Content-Length", out var length);
        response.Headers.TryGetValue("Content-Type", out var contentType);
        response.Headers.TryGetValue("ETag", out var etag);
        response.Headers.TryGetValue("Last-Modified", out var lastModified);
        return new BlobProperties(
            blobName,
            length is null ? 0 : long.Parse(length, CultureInfo.InvariantCulture),
            contentType ?? string.Empty,
            etag ?? string.Empty,
            ParseDate(lastModified),
            metadata);
    }

    private static DateTimeOffset ParseDate(string? text) =>
        text is null ? DateTimeOffset.MinValue : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
