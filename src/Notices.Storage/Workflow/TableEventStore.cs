using Azure;
using Azure.Data.Tables;
using Notices.Workflow.Procurements;
using Notices.Workflow.Reactions;
using Notices.Workflow.Runtime;
using Notices.Workflow.Serialization;

namespace Notices.Storage.Workflow;

/// <summary>
/// Event streams in one table, a partition per procurement (after Streamstone's layout):
/// <c>head</c> carries the version and its ETag guards every append; <c>e-0000000001</c>… are the events;
/// <c>u-…</c> marks an append whose intents are not yet dispatched (the outbox); <c>t-{timer}</c> records a
/// timer's cancellation. An append is one entity group transaction, so events, intents and cancellations
/// are written together or not at all.
/// </summary>
public sealed class TableEventStore(TableClient streams) : IEventStore
{
    public Task<StreamHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken) =>
        StreamRows.LoadAsync(streams, id, cancellationToken);

    public async Task<string> AppendAsync(AppendRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pk = request.Id.Value;
        var head = StreamRows.HeadRow(pk, request.NewVersion);
        var actions = new List<TableTransactionAction>
        {
            request.ExpectedETag is null
                ? new(TableTransactionActionType.Add, head)
                : new(TableTransactionActionType.UpdateReplace, head, new ETag(request.ExpectedETag)),
        };
        actions.AddRange(request.Events.Select(recorded => new TableTransactionAction(TableTransactionActionType.Add, StreamRows.EventRow(pk, recorded))));

        var marker = new TableEntity(pk, MarkerRowKey(request.NewVersion))
        {
            ["FirstVersion"] = request.FirstUnsettledVersion,
            ["LastVersion"] = request.NewVersion,
            ["AppendedAt"] = request.At,
        };
        ChunkedText.Write(marker, "Intents", WorkflowJson.Serialize(request.Intents));
        actions.Add(new(TableTransactionActionType.Add, marker));
        actions.AddRange(TimerRows(pk, request.Intents));
        var completedIndex = -1;
        if (request.Completes is { } completes)
        {
            completedIndex = actions.Count;
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(pk, MarkerRowKey(completes.LastVersion))));
        }

        try
        {
            var responses = await streams.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return responses.Value[0].Headers.ETag?.ToString() ?? throw new InvalidOperationException("The append returned no ETag for the stream head.");
        }
        catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex == 0 && e.IsAlreadyThereOrChanged())
        {
            throw new StreamConflictException("The procurement was changed by someone else at the same time.", e);
        }
        catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex == completedIndex && e.IsNotFound())
        {
            throw new CompletedMarkerMissingException($"The append ending at version {request.Completes!.LastVersion} of procurement {request.Id} was already settled.", e);
        }
    }

    public Task SettleAsync(ProcurementId id, long version, CancellationToken cancellationToken) =>
        streams.DeleteEntityAsync(id.Value, MarkerRowKey(version), ETag.All, cancellationToken);

    public async Task<IReadOnlyList<UnsettledAppend>> FindUnsettledAsync(DateTimeOffset appendedBefore, int max, CancellationToken cancellationToken)
    {
        // The sweep's one scan: markers only exist for appends still being (or never) settled, so it finds few rows.
        var filter = TableClient.CreateQueryFilter($"RowKey ge {"u-"} and RowKey lt {"u."} and AppendedAt lt {appendedBefore}");
        var found = new List<UnsettledAppend>();
        await foreach (var row in streams.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(new UnsettledAppend(
                new ProcurementId(row.PartitionKey), row.GetInt64("FirstVersion") ?? 0, row.GetInt64("LastVersion") ?? 0,
                WorkflowJson.DeserializeIntents(ChunkedText.Read(row, "Intents")), row.GetDateTimeOffset("AppendedAt") ?? default));
            if (found.Count >= max)
            {
                break;
            }
        }

        return found;
    }

    public async Task<bool> IsTimerCancelledAsync(ProcurementId id, string timerId, CancellationToken cancellationToken)
    {
        var row = await streams.GetEntityIfExistsAsync<TableEntity>(id.Value, TimerRowKey(timerId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value!.GetBoolean("Cancelled") == true;
    }

    private static IEnumerable<TableTransactionAction> TimerRows(string pk, IReadOnlyList<Intent> intents)
    {
        var timers = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var intent in intents)
        {
            switch (intent)
            {
                case StartTimer t:
                    timers[t.Id] = false;
                    break;
                case CancelTimer c:
                    timers[c.TimerId] = true;
                    break;
            }
        }

        return timers.Select(t => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace, new TableEntity(pk, TimerRowKey(t.Key)) { ["Cancelled"] = t.Value }));
    }

    private static string MarkerRowKey(long version) => "u-" + StreamRows.Padded(version);

    private static string TimerRowKey(string timerId) => "t-" + timerId;
}
