using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Notices.Storage.Tables;

/// <summary>
/// The multipart body of an entity group transaction (<c>POST $batch</c>) and the reading of its answer.
/// The rules Azure applies (one partition, at most 100 actions, each entity once) are checked here,
/// because Azurite does not apply all of them.
/// </summary>
internal static class TableBatch
{
    public const int MaxActions = 100;
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    /// <summary>Checks the actions as Azure would; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static void Validate(IReadOnlyList<TableTransactionAction> actions)
    {
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transaction needs at least one action.", nameof(actions));
        }

        if (actions.Count > MaxActions)
        {
            throw new ArgumentException($"A transaction may hold at most {MaxActions} actions; this one has {actions.Count}. Split it, keeping what must be atomic together.", nameof(actions));
        }

        var partitionKey = actions[0].Entity?.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i] ?? throw new ArgumentException($"Action {i} is null.", nameof(actions));
            if (action.Entity is null)
            {
                throw new ArgumentException($"Action {i} has no entity.", nameof(actions));
            }

            if (action.Type is TableTransactionActionType.Delete)
            {
                StorageNames.ValidKey(action.Entity.PartitionKey, "PartitionKey");
                StorageNames.ValidKey(action.Entity.RowKey, "RowKey");
            }
            else
            {
                TableEntityRules.Validate(action.Entity);
            }

            if (!string.Equals(action.Entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"All actions in a transaction must share one PartitionKey: action 0 has '{partitionKey}', action {i} has '{action.Entity.PartitionKey}'.",
                    nameof(actions));
            }

            if (!rowKeys.Add(action.Entity.RowKey))
            {
                throw new ArgumentException($"A transaction may name each entity once; RowKey '{action.Entity.RowKey}' appears again at action {i}.", nameof(actions));
            }
        }
    }

    /// <summary>Writes the multipart body. <paramref name="tableUrl"/> is the table's absolute URL.</summary>
    public static ArrayBufferWriter<byte> WriteBody(IReadOnlyList<TableTransactionAction> actions, string tableUrl, string batchBoundary, string changesetBoundary)
    {
        var body = new ArrayBufferWriter<byte>(512 + (actions.Count * 512));
        using var json = new Utf8JsonWriter(body, WriterOptions);
        Ascii(body, "--");
        Ascii(body, batchBoundary);
        Ascii(body, "\r\nContent-Type: multipart/mixed; boundary=");
        Ascii(body, changesetBoundary);
        Ascii(body, "\r\n\r\n");
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var entity = action.Entity;
            Ascii(body, "--");
            Ascii(body, changesetBoundary);
            Ascii(body, "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            var (method, hasBody, ifMatch) = action.Type switch
            {
                TableTransactionActionType.Add => ("POST", true, null),
                TableTransactionActionType.UpdateReplace => ("PUT", true, action.IfMatch ?? "*"),
                TableTransactionActionType.UpdateMerge => ("MERGE", true, action.IfMatch ?? "*"),
                TableTransactionActionType.Delete => ("DELETE", false, action.IfMatch ?? "*"),
                TableTransactionActionType.UpsertReplace => ("PUT", true, (string?)null),
                TableTransactionActionType.UpsertMerge => ("MERGE", true, null),
                _ => throw new ArgumentOutOfRangeException(nameof(actions), action.Type, "Unknown transaction action type."),
            };
            Ascii(body, method);
            Ascii(body, " ");
            Ascii(body, tableUrl);
            if (action.Type != TableTransactionActionType.Add)
            {
                Ascii(body, TableClient.EntityKeySegment(entity.PartitionKey, entity.RowKey));
            }

            Ascii(body, " HTTP/1.1\r\nAccept: application/json;odata=nometadata\r\nDataServiceVersion: 3.0\r\nContent-ID: ");
            Ascii(body, (i + 1).ToString(CultureInfo.InvariantCulture));
            Ascii(body, "\r\n");
            if (ifMatch is not null)
            {
                Ascii(body, "If-Match: ");
                Ascii(body, ifMatch);
                Ascii(body, "\r\n");
            }

            if (hasBody)
            {
                Ascii(body, "Content-Type: application/json\r\nPrefer: return-no-content\r\n\r\n");
                json.Reset(body);
                TableEntityJson.Write(json, entity);
                json.Flush();
                Ascii(body, "\r\n");
            }
            else
            {
                Ascii(body, "\r\n");
            }
        }

        Ascii(body, "--");
        Ascii(body, changesetBoundary);
        Ascii(body, "--\r\n--");
        Ascii(body, batchBoundary);
        Ascii(body, "--\r\n");
        if (body.WrittenCount > MaxBodyBytes)
        {
            throw new ArgumentException($"The transaction body is {body.WrittenCount / 1024} KiB; a transaction may be at most 4 MiB.", nameof(actions));
        }

        return body;
    }

    /// <summary>
    /// Reads the multipart answer. All parts succeeded: their ETags in order (null for deletes).
    /// One failed: its status, code, message and the index of the failing action.
    /// Lenient about blank lines and stray boundary text, as Azurite's answers need.
    /// </summary>
    public static BatchOutcome ReadResponse(ReadOnlySpan<byte> content, int actionCount)
    {
        var text = Encoding.UTF8.GetString(content);
        var etags = new List<string?>(actionCount);
        var position = 0;
        while (true)
        {
            var statusAt = text.IndexOf("HTTP/1.1 ", position, StringComparison.Ordinal);
            if (statusAt < 0)
            {
                break;
            }

            var lineEnd = text.IndexOf('\n', statusAt);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var status = int.Parse(text.AsSpan(statusAt + 9, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            var nextPart = text.IndexOf("\n--", lineEnd, StringComparison.Ordinal);
            var partEnd = nextPart < 0 ? text.Length : nextPart;
            var part = text.AsSpan(lineEnd, partEnd - lineEnd);
            if (status >= 400)
            {
                return BatchOutcome.Failure(status, ReadFailure(part, etags.Count));
            }

            etags.Add(Header(part, "ETag"));
            position = partEnd;
        }

        if (etags.Count != actionCount)
        {
            return BatchOutcome.Failure(0, new BatchFailure(null, $"the service answered {etags.Count} of {actionCount} actions", null));
        }

        return BatchOutcome.Success(etags);
    }

    private static BatchFailure ReadFailure(ReadOnlySpan<char> part, int partsBefore)
    {
        int? index = null;
        string? code = null, message = null;
        var jsonStart = part.IndexOf('{');
        if (jsonStart >= 0)
        {
            try
            {
                var jsonEnd = part.LastIndexOf('}');
                using var document = JsonDocument.Parse(part[jsonStart..(jsonEnd + 1)].ToString());
                if (document.RootElement.TryGetProperty("odata.error", out var error))
                {
                    code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    if (error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v))
                    {
                        message = v.GetString();
                    }
                }
            }
            catch (JsonException)
            {
                // The status alone still says what happened.
            }
        }

        if (message is not null)
        {
            var colon = message.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                index = parsed;
                message = message[(colon + 1)..];
            }

            var newline = message.IndexOf('\n', StringComparison.Ordinal);
            message = (newline < 0 ? message : message[..newline]).Trim();
        }

        if (index is null && int.TryParse(Header(part, "Content-ID"), NumberStyles.None, CultureInfo.InvariantCulture, out var contentId))
        {
            index = contentId - 1;
        }

        return new BatchFailure(code, message, index ?? (partsBefore > 0 ? partsBefore : null));
    }

    private static string? Header(ReadOnlySpan<char> part, string name)
    {
        foreach (var range in part.Split('\n'))
        {
            var line = part[range].TrimEnd('\r');
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Length > name.Length + 1 && line.StartsWith(name, StringComparison.OrdinalIgnoreCase) && line[name.Length] == ':')
            {
                return line[(name.Length + 1)..].Trim().ToString();
            }
        }

        return null;
    }

    private static void Ascii(ArrayBufferWriter<byte> writer, string text)
    {
        var written = Encoding.UTF8.GetBytes(text, writer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        writer.Advance(written);
    }
}

internal sealed record BatchFailure(string? Code, string? Message, int? Index);

internal sealed record BatchOutcome(IReadOnlyList<string?>? ETags, int Status, BatchFailure? Failed)
{
    public static BatchOutcome Success(IReadOnlyList<string?> etags) => new(etags, 202, null);

    public static BatchOutcome Failure(int status, BatchFailure failure) => new(null, status, failure);
}
