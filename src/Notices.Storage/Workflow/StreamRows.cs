using System.Globalization;
using Azure.Data.Tables;
using Notices.Workflow.Procurements;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;
using Notices.Workflow.Serialization;

namespace Notices.Storage.Workflow;

/// <summary>
/// An event stream's partition, after Streamstone's layout, as the record reads and writes it: <c>head</c> holds the version (its ETag guards appends), <c>e-0000000001</c>… the
/// events as JSON.
/// </summary>
internal static class StreamRows
{
    public const string Head = "head";

    private const string EventPrefix = "e-";

    /// <summary>The first key after every event key ('.' follows '-'), the end of a range query over the events.</summary>
    private const string EventEnd = "e.";

    /// <summary>Ten digits, so the keys sort as the versions do.</summary>
    public static string Padded(long version) => version.ToString("D10", CultureInfo.InvariantCulture);

    public static string EventRowKey(long version) => EventPrefix + Padded(version);

    public static TableEntity HeadRow(string partitionKey, long version) => new(partitionKey, Head) { ["Version"] = version };

    public static TableEntity EventRow(string partitionKey, RecordedEvent recorded)
    {
        var row = new TableEntity(partitionKey, EventRowKey(recorded.Version))
        {
            ["Version"] = recorded.Version,
            ["At"] = recorded.Event.Context.At,
            ["CommandId"] = recorded.Event.Context.CommandId,
        };
        ChunkedText.Write(row, "Data", WorkflowJson.Serialize(recorded.Event));
        return row;
    }

    /// <summary>The event's JSON as stored, for comparing an append with what is already there.</summary>
    public static string EventJson(TableEntity row) => ChunkedText.Read(row, "Data");

    /// <summary>The stream's head and events, read again if torn.</summary>
    public static async Task<ProcurementHistory> LoadAsync(TableClient table, ProcurementId id, CancellationToken cancellationToken)
    {
        // A long stream is read over several pages; an append landing between them can leave the head ahead
        // of the events read. Such a read is torn: read again.
        for (var attempt = 1; ; attempt++)
        {
            var history = await ReadAsync(table, id, cancellationToken).ConfigureAwait(false);
            if (history.Events.Count == history.Version || attempt == 3)
            {
                return history.Events.Count == history.Version
                    ? history
                    : throw new InvalidDataException($"The event stream of procurement {id} has {history.Events.Count} events but version {history.Version}.");
            }
        }
    }

    private static async Task<ProcurementHistory> ReadAsync(TableClient table, ProcurementId id, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {id.Value} and (RowKey eq {Head} or (RowKey ge {EventPrefix} and RowKey lt {EventEnd}))");
        long version = 0;
        var events = new List<RecordedEvent>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == Head)
            {
                version = row.GetInt64("Version") ?? 0;
            }
            else
            {
                events.Add(new RecordedEvent(row.GetInt64("Version") ?? 0, WorkflowJson.DeserializeEvent(EventJson(row))));
            }
        }

        // Events written after the head was read belong to a later version: leave them to the next read.
        return new ProcurementHistory(id, version, events.Where(e => e.Version <= version).OrderBy(e => e.Version).ToList());
    }
}
