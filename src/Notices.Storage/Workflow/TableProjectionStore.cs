using Azure;
using Azure.Data.Tables;
using Notices.Workflow.Projections;

namespace Notices.Storage.Workflow;

/// <summary>
/// The screens' read models in tables, one per projection, partitioned as the projector says (by buyer, by
/// approver role, by due month). Changes to one partition go in one transaction.
/// </summary>
public sealed class TableProjectionStore(IReadOnlyDictionary<string, TableClient> tables) : IProjectionStore
{
    private const int MaxPageSize = 1000;

    private static readonly string[] DataOnly = ["Data"];

    public async Task ApplyAsync(IReadOnlyList<ProjectionChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await Task.WhenAll(changes.GroupBy(c => (c.Table, c.PartitionKey)).Select(group => ApplyToPartitionAsync(group.Key.Table, group.ToList(), cancellationToken)))
            .ConfigureAwait(false);
    }

    public async Task<ProjectionPage> QueryAsync(ProjectionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {query.PartitionKey}");
        if (query.FromRowKey is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"RowKey ge {query.FromRowKey}");
        }

        if (query.ToRowKey is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"RowKey lt {query.ToRowKey}");
        }

        // The service's continuation token (next partition and row key) is handed to the screens as it is.
        var rows = new List<ProjectionRow>();
        var continuation = query.Continuation;
        do
        {
            var pageSize = Math.Min(query.Max - rows.Count, MaxPageSize);
            var pages = Table(query.Table).QueryAsync<TableEntity>(filter, pageSize, DataOnly, cancellationToken).AsPages(continuation, pageSize);
            await using var page = pages.GetAsyncEnumerator(cancellationToken);
            if (!await page.MoveNextAsync().ConfigureAwait(false))
            {
                continuation = null;
                break;
            }

            rows.AddRange(page.Current.Values.Select(e => new ProjectionRow(query.Table, e.PartitionKey, e.RowKey, e.GetString("Data") ?? "{}")));
            continuation = string.IsNullOrEmpty(page.Current.ContinuationToken) ? null : page.Current.ContinuationToken;
        }
        while (continuation is not null && rows.Count < query.Max);

        return new ProjectionPage(rows, continuation);
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
                // A row already gone is not an error here: the delete succeeds either way.
                await table.DeleteEntityAsync(batch[0].PartitionKey, batch[0].RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var actions = batch.Select(c => c is UpsertRow upsert
            ? new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity(upsert))
            : new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(c.PartitionKey, c.RowKey), ETag.All)).ToList();
        while (actions.Count > 0)
        {
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException e) when (e.IsNotFound() && e.FailedTransactionActionIndex is int failed && actions[failed].ActionType == TableTransactionActionType.Delete)
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
}
