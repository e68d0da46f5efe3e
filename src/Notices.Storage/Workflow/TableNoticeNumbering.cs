using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using Notices.Workflow.Publishing;

namespace Notices.Storage.Workflow;

/// <summary>
/// Numbers assigned once per key, a partition per series (a year of notice ids, or ocids): a <c>counter</c> row
/// holds the next number, and a <c>k-{key}</c> row the number given to each key. Assigning writes both in one
/// entity group transaction (the key row create-only, the counter guarded by its ETag), so a number is never
/// given twice, never left taken by a write that crashed half way, and a key asked for again gets its own back.
/// </summary>
public sealed class TableNoticeNumbering(TableClient register) : INoticeNumbering
{
    private const string Counter = "counter";

    public async Task<long> AssignAsync(string series, string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(series);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var keyRow = KeyRowKey(key);
        while (true)
        {
            var assigned = await register.GetEntityIfExistsAsync<TableEntity>(series, keyRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (assigned.HasValue)
            {
                return assigned.Value!.GetInt64("Number") ?? throw new InvalidDataException($"The numbering row {series}/{keyRow} has no Number.");
            }

            var counter = await register.GetEntityIfExistsAsync<TableEntity>(series, Counter, cancellationToken: cancellationToken).ConfigureAwait(false);
            var number = counter.HasValue ? counter.Value!.GetInt64("Next") ?? 1 : 1;
            var next = new TableEntity(series, Counter) { ["Next"] = number + 1 };
            TableTransactionAction[] actions =
            [
                new(TableTransactionActionType.Add, new TableEntity(series, keyRow) { ["Number"] = number, ["Key"] = key }),
                counter.HasValue
                    ? new(TableTransactionActionType.UpdateReplace, next, counter.Value!.ETag)
                    : new(TableTransactionActionType.Add, next),
            ];
            try
            {
                await register.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return number;
            }
            catch (TableTransactionFailedException e) when (e.IsAlreadyThereOrChanged())
            {
                // Another instance assigned a number first, perhaps to this same key: read again.
            }
        }
    }

    /// <summary>The key as a row key: the characters a row key may not hold ('/', '\', '#', '?', '%' itself, controls) are %-escaped.</summary>
    public static string KeyRowKey(string key)
    {
        var row = new StringBuilder("k-", key.Length + 2);
        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                row.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                row.Append(c);
            }
        }

        return row.ToString();
    }
}
