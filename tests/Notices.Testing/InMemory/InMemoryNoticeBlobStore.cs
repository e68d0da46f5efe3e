using System.Collections.Concurrent;
using Notices.Workflow.Publishing;

namespace Notices.Testing.InMemory;

/// <summary>The notices container in memory: create-only.</summary>
public sealed class InMemoryNoticeBlobStore : INoticeBlobStore
{
    private readonly ConcurrentDictionary<string, string> blobs = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Blobs => blobs;

    public Task<bool> CreateAsync(string name, string json, CancellationToken cancellationToken) =>
        Task.FromResult(blobs.TryAdd(name, json));

    public Task<string?> ReadAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(blobs.TryGetValue(name, out var json) ? json : null);
}
