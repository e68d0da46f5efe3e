using Notices.Storage.Tables;
using Notices.Workflow.Projections;

namespace Notices.Storage.Workflow;

/// <summary>
/// The screens' read models in tables, one per projection, partitioned as the projector says (by buyer, by
/// approver role, by due month). Changes to one partition go in one transaction.
/// </summary>
public sealed class TableProjectionStore(IReadOnlyDictionary<string, TableClient> tables) : IProjectionStore
{
    private const char ContinuationSeparator = '\u001f';

    public async Task ApplyAsync(IReadOnlyList<ProjectionChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await Task.WhenAll(changes.GroupBy(c => (c.Table, c.PartitionKey)).Select(group => ApplyToPartitionAsync(group.Key.Table, group.ToList(), cancellationToken)))
            .ConfigureAwait(false);
    }

    public async Task<ProjectionPage> QueryAsync(ProjectionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = TableFilter.PartitionKeyEquals(query.PartitionKey);
        if (query.FromRowKey is not null)
        {
            filter += " and RowKey ge " + TableFilter.Literal(query.FromRowKey);
        }

        if (query.ToRowKey is not null)
        {
            filter += " and RowKey lt " + TableFilter.Literal(query.ToRowKey);
        }

        var rows = new List<ProjectionRow>();
        var continuation = Parse(query.Continuation);
        do
        {
            var page = await Table(query.Table).QueryPageAsync(filter, ["Data"], Math.Min(query.Max - rows.Count, 1000), continuation, cancellationToken)
                .ConfigureAwait(false);
            rows.AddRange(page.Entities.Select(e => new ProjectionRow(query.Table, e.PartitionKey, e.RowKey, e.GetString("Data") ?? "{}")));
            continuation = page.Continuation;
        }
        while (continuation is not null && rows.Count < query.Max);

        return new ProjectionPage(rows, Format(continuation));
    }

    /// <summary>One request per partition: a single change on its own, several as one transaction.</summary>
    private async Task ApplyToPartitionAsync(string tableName, List<ProjectionChange> batch, CancellationToken cancellationToken)
    {
        var table = Table(tableName);
        if (batch.Count == 1)
        {
            if (batch[0] is UpsertRow upsert)
            {
                await table.UpsertEntityAsync(Entity(upsert), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await table.DeleteEntityAsync(batch[0].PartitionKey, batch[0].RowKey, "*", cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var actions = batch.Select(c => c is UpsertRow upsert
            ? new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity(upsert))
            : new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(c.PartitionKey, c.RowKey))).ToList();
        while (actions.Count > 0)
        {
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageException e) when (e.IsNotFound && e.FailedActionIndex is int failed && actions[failed].Type == TableTransactionActionType.Delete)
            {
                // That row is already gone (a repeated settlement), which fails the whole transaction: leave it out.
                actions.RemoveAt(failed);
            }
        }
    }

    private TableClient Table(string name) =>
        tables.TryGetValue(name, out var table) ? table : throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown projection table.");

    private static TableEntity Entity(UpsertRow upsert) =>
        new(upsert.Row.PartitionKey, upsert.Row.RowKey) { ["Data"] = upsert.Row.Data };

    private static string? Format(TableContinuation? continuation) =>
        continuation is null ? null : continuation.NextPartitionKey + ContinuationSeparator + continuation.NextRowKey;

    private static TableContinuation? Parse(string? continuation)
    {
        if (continuation is null)
        {
            return null;
        }

        var parts = continuation.Split(ContinuationSeparator);
        return new TableContinuation(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
    }
}
