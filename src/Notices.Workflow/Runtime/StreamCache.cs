using System.Collections.Concurrent;
using Notices.Workflow.Procurements;
using Notices.Workflow.State;

namespace Notices.Workflow.Runtime;

/// <summary>
/// The latest state this instance knows of each procurement. Safe to be stale: an append made on a stale
/// state fails its concurrency check, and the stream is then read again.
/// </summary>
public sealed class StreamCache(int capacity)
{
    private readonly ConcurrentDictionary<ProcurementId, CachedState> states = new();

    public bool TryGet(ProcurementId id, out CachedState cached) => states.TryGetValue(id, out cached!);

    public void Put(ProcurementId id, CachedState cached)
    {
        ArgumentNullException.ThrowIfNull(cached);
        if (states.Count >= capacity)
        {
            // Simple bound: starting afresh costs one read per procurement touched next.
            states.Clear();
        }

        states.AddOrUpdate(id, cached, (_, existing) => existing.Version >= cached.Version ? existing : cached);
    }

    public void Forget(ProcurementId id) => states.TryRemove(id, out _);
}

public sealed record CachedState(long Version, string ETag, ProcurementState State);
