using Notices.Workflow.Projections;

namespace Notices.Testing.InMemory;

/// <summary>Projection rows in memory, in partitions ordered by row key, as the table store keeps them.</summary>
public sealed class InMemoryProjectionStore : IProjectionStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Table, string PartitionKey), SortedDictionary<string, string>> partitions = [];

    public Task ApplyAsync(IReadOnlyList<ProjectionChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (gate)
        {
            foreach (var change in changes)
            {
                var key = (change.Table, change.PartitionKey);
                if (!partitions.TryGetValue(key, out var rows))
                {
                    rows = partitions[key] = new SortedDictionary<string, string>(StringComparer.Ordinal);
                }

                if (change is UpsertRow upsert)
                {
                    rows[change.RowKey] = upsert.Row.Data;
                }
                else
                {
                    rows.Remove(change.RowKey);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<ProjectionPage> QueryAsync(ProjectionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (gate)
        {
            if (!partitions.TryGetValue((query.Table, query.PartitionKey), out var rows))
            {
                return Task.FromResult(new ProjectionPage([], null));
            }

            var from = query.Continuation ?? query.FromRowKey;
            var matching = rows
                .Where(r => (from is null || string.CompareOrdinal(r.Key, from) >= 0)
                            && (query.ToRowKey is null || string.CompareOrdinal(r.Key, query.ToRowKey) < 0))
                .Take(query.Max + 1)
                .Select(r => new ProjectionRow(query.Table, query.PartitionKey, r.Key, r.Value))
                .ToList();
            var more = matching.Count > query.Max;
            return Task.FromResult(new ProjectionPage(
                matching.Take(query.Max).ToList(), more ? matching[query.Max].RowKey : null));
        }
    }
}
