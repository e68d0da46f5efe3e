using System.Globalization;
using Notices.Storage.Tables;
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
    private const string Head = "head";

    public async Task<StreamHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken)
    {
        // A long stream is read over several pages; an append landing between them can leave the head ahead
        // of the events read. Such a read is torn: read again.
        for (var attempt = 1; ; attempt++)
        {
            var history = await ReadAsync(id, cancellationToken).ConfigureAwait(false);
            if (history.Events.Count == history.Version || attempt == 3)
            {
                return history.Events.Count == history.Version
                    ? history
                    : throw new InvalidDataException($"The event stream of procurement {id} has {history.Events.Count} events but version {history.Version}.");
            }
        }
    }

    private async Task<StreamHistory> ReadAsync(ProcurementId id, CancellationToken cancellationToken)
    {
        var filter = $"{TableFilter.PartitionKeyEquals(id.Value)} and (RowKey eq 'head' or (RowKey ge 'e-' and RowKey lt 'e.'))";
        string? etag = null;
        long version = 0;
        var events = new List<RecordedEvent>();
        await foreach (var row in streams.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == Head)
            {
                etag = row.ETag;
                version = row.GetInt64("Version") ?? 0;
            }
            else
            {
                events.Add(new RecordedEvent(row.GetInt64("Version") ?? 0, WorkflowJson.DeserializeEvent(ChunkedText.Read(row, "Data"))));
            }
        }

        // Events written after the head was read belong to a later version: leave them to the next read.
        return new StreamHistory(id, version, etag, events.Where(e => e.Version <= version).OrderBy(e => e.Version).ToList());
    }

    public async Task<string> AppendAsync(AppendRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pk = request.Id.Value;
        var head = new TableEntity(pk, Head) { ["Version"] = request.NewVersion };
        var actions = new List<TableTransactionAction>
        {
            request.ExpectedETag is null
                ? new(TableTransactionActionType.Add, head)
                : new(TableTransactionActionType.UpdateReplace, head, request.ExpectedETag),
        };
        foreach (var recorded in request.Events)
        {
            var row = new TableEntity(pk, EventRowKey(recorded.Version))
            {
                ["Version"] = recorded.Version,
                ["At"] = recorded.Event.Context.At,
                ["CommandId"] = recorded.Event.Context.CommandId,
            };
            ChunkedText.Write(row, "Data", WorkflowJson.Serialize(recorded.Event));
            actions.Add(new(TableTransactionActionType.Add, row));
        }

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
            var etags = await streams.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return etags[0] ?? throw new InvalidOperationException("The append returned no ETag for the stream head.");
        }
        catch (StorageException e) when (e.FailedActionIndex == 0 && (e.IsConflict || e.IsPreconditionFailed))
        {
            throw new StreamConflictException("The procurement was changed by someone else at the same time.", e);
        }
        catch (StorageException e) when (e.FailedActionIndex == completedIndex && e.IsNotFound)
        {
            throw new CompletedMarkerMissingException($"The append ending at version {request.Completes!.LastVersion} of procurement {request.Id} was already settled.", e);
        }
    }

    public Task SettleAsync(ProcurementId id, long version, CancellationToken cancellationToken) =>
        streams.DeleteEntityAsync(id.Value, MarkerRowKey(version), "*", cancellationToken);

    public async Task<IReadOnlyList<UnsettledAppend>> FindUnsettledAsync(DateTimeOffset appendedBefore, int max, CancellationToken cancellationToken)
    {
        // The sweep's one scan: markers only exist for appends still being (or never) settled, so it finds few rows.
        var filter = $"RowKey ge 'u-' and RowKey lt 'u.' and AppendedAt lt {TableFilter.Literal(appendedBefore)}";
        var found = new List<UnsettledAppend>();
        await foreach (var row in streams.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
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
        var row = await streams.GetEntityAsync(id.Value, TimerRowKey(timerId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row?.GetBoolean("Cancelled") == true;
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

    private static string EventRowKey(long version) => "e-" + version.ToString("D10", CultureInfo.InvariantCulture);

    private static string MarkerRowKey(long version) => "u-" + version.ToString("D10", CultureInfo.InvariantCulture);

    private static string TimerRowKey(string timerId) => "t-" + timerId;
}
