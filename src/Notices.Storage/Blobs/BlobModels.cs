namespace Notices.Storage.Blobs;

/// <summary>
/// How an upload is stored and when it may happen. <see cref="CreateOnly"/> fails with a conflict if the
/// blob exists; <see cref="IfMatch"/> fails with a precondition failure unless the blob still has that ETag.
/// </summary>
public sealed record BlobUploadOptions
{
    public string ContentType { get; init; } = "application/octet-stream";

    /// <summary>Names are identifiers, values printable ASCII. An upload replaces all existing metadata.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    public bool CreateOnly { get; init; }

    public string? IfMatch { get; init; }
}

/// <summary>The blob's state after a write.</summary>
public sealed record BlobWriteResult(string ETag, DateTimeOffset LastModified);

/// <summary>A blob's system properties and metadata. Metadata names compare case-insensitively, as the service treats them.</summary>
public sealed record BlobProperties(
    string Name,
    long ContentLength,
    string ContentType,
    string ETag,
    DateTimeOffset LastModified,
    IReadOnlyDictionary<string, string> Metadata);

/// <summary>One page of a listing; <see cref="NextMarker"/> is null on the last page.</summary>
public sealed record BlobPage(IReadOnlyList<BlobProperties> Blobs, string? NextMarker);

/// <summary>
/// An open download: read <see cref="Content"/> as a stream (it comes straight off the connection,
/// never held whole in memory) and dispose it when done.
/// </summary>
public sealed class BlobDownload : IDisposable, IAsyncDisposable
{
    internal BlobDownload(BlobProperties properties, Stream content)
    {
        Properties = properties;
        Content = content;
    }

    public BlobProperties Properties { get; }

    public Stream Content { get; }

    public void Dispose() => Content.Dispose();

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
