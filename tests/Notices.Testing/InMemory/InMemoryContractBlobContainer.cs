using System.Collections.Concurrent;
using Notices.Storage.Contracts;

namespace Notices.Testing.InMemory;

/// <summary>Contract files in memory: for tests and for trying the workflow without storage.</summary>
public sealed class InMemoryContractBlobContainer : IContractBlobContainer
{
    private readonly ConcurrentDictionary<string, byte[]> blobs = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => [.. blobs.Keys];

    public async Task<bool> UploadAsync(string name, Stream content, string contentType, bool createOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (!createOnly)
        {
            blobs[name] = buffer.ToArray();
            return true;
        }

        return blobs.TryAdd(name, buffer.ToArray());
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(blobs.TryGetValue(name, out var content) ? new MemoryStream(content, writable: false) : null);

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) => Task.FromResult(blobs.TryRemove(name, out _));
}
