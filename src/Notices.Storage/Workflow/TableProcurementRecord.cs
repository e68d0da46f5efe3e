using Azure.Data.Tables;
using Notices.Workflow.Procurements;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;
using Notices.Workflow.Serialization;

namespace Notices.Storage.Workflow;

/// <summary>
/// The record of decisions in one table, a partition per procurement (Streamstone's layout, as
/// <see cref="StreamRows"/> writes it): the <c>head</c> row's Version and ETag guard every append, and the
/// events are <c>e-0000000001</c>… rows of JSON. An append is one entity group transaction, head and events
/// together, so a stream never holds half an append.
/// </summary>
public sealed class TableProcurementRecord(TableClient streams) : IProcurementRecord
{
    /// <summary>
    /// The most events one append may write: an entity group transaction holds at most 100 actions, and the
    /// head takes one. A decision records a handful; hundreds would be a fault, refused before anything is written.
    /// </summary>
    public const int MaxEventsPerAppend = 99;

    public async Task<ProcurementHistory> LoadAsync(ProcurementId id, CancellationToken cancellationToken)
    {
        var stream = await StreamRows.LoadAsync(streams, id, cancellationToken).ConfigureAwait(false);
        return new ProcurementHistory(id, stream.Version, stream.Events);
    }

    public async Task AppendAsync(ProcurementId id, long expectedVersion, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        Check(id, expectedVersion, events);
        if (events.Count == 0)
        {
            return;
        }

        var pk = id.Value;
        var newVersion = expectedVersion + events.Count;
        var head = await streams.GetEntityIfExistsAsync<TableEntity>(pk, StreamRows.Head, cancellationToken: cancellationToken).ConfigureAwait(false);
        var version = head.HasValue ? head.Value!.GetInt64("Version") ?? 0 : 0;
        if (version != expectedVersion)
        {
            await AlreadyRecordedOrConflictAsync(id, expectedVersion, version, events, cancellationToken).ConfigureAwait(false);
            return;
        }

        var headRow = StreamRows.HeadRow(pk, newVersion);
        var actions = new List<TableTransactionAction>(events.Count + 1)
        {
            head.HasValue
                ? new(TableTransactionActionType.UpdateReplace, headRow, head.Value!.ETag)
                : new(TableTransactionActionType.Add, headRow),
        };
        actions.AddRange(events.Select(e => new TableTransactionAction(TableTransactionActionType.Add, StreamRows.EventRow(pk, e))));
        try
        {
            await streams.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.IsAlreadyThereOrChanged())
        {
            // The head moved between reading and writing it (or the events were already there): see what it holds now.
            var now = await streams.GetEntityIfExistsAsync<TableEntity>(pk, StreamRows.Head, cancellationToken: cancellationToken).ConfigureAwait(false);
            var current = now.HasValue ? now.Value!.GetInt64("Version") ?? 0 : 0;
            await AlreadyRecordedOrConflictAsync(id, expectedVersion, current, events, cancellationToken, e).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Returns if the stream already holds exactly these events as those versions (the recording activity run
    /// again after a crash); throws <see cref="RecordConflictException"/> otherwise.
    /// </summary>
    private async Task AlreadyRecordedOrConflictAsync(
        ProcurementId id, long expectedVersion, long version, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken, Exception? cause = null)
    {
        if (version == expectedVersion + events.Count && await HoldsAsync(id, events, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var message = version == expectedVersion + events.Count
            ? $"The record of procurement {id} already holds other events as versions {expectedVersion + 1} to {version}."
            : $"The record of procurement {id} is at version {version}, not {expectedVersion} as its orchestration expected.";
        throw cause is null ? new RecordConflictException(message) : new RecordConflictException(message, cause);
    }

    private async Task<bool> HoldsAsync(ProcurementId id, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        foreach (var recorded in events)
        {
            var row = await streams.GetEntityIfExistsAsync<TableEntity>(id.Value, StreamRows.EventRowKey(recorded.Version), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (!row.HasValue || StreamRows.EventJson(row.Value!) != WorkflowJson.Serialize(recorded.Event))
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(ProcurementId id, long expectedVersion, IReadOnlyList<RecordedEvent> events)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        if (events.Count > MaxEventsPerAppend)
        {
            throw new ArgumentException(
                $"An append to the record of procurement {id} may write at most {MaxEventsPerAppend} events (one entity group transaction); this one has {events.Count}.",
                nameof(events));
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Version != expectedVersion + 1 + i)
            {
                throw new ArgumentException(
                    $"Event {i + 1} of the append to procurement {id} is version {events[i].Version}; after version {expectedVersion} it must be {expectedVersion + 1 + i}.",
                    nameof(events));
            }
        }
    }
}
