using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Notices.Storage.Pipeline;

namespace Notices.Storage.Tables;

/// <summary>
/// One table: create, insert, upsert, update and delete with If-Match, get, query with paging, and
/// entity group transactions. Obtain it from <see cref="StorageAccount.GetTable"/>.
/// </summary>
public sealed class TableClient
{
    private const string ReadAccept = "application/json;odata=minimalmetadata";
    private const string WriteAccept = "application/json;odata=nometadata";
    private static readonly RequestMethod Merge = RequestMethod.Parse("MERGE");
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private readonly StorageServiceClient _service;
    private readonly string _tableUrl;

    internal TableClient(StorageServiceClient service, string name)
    {
        _service = service;
        Name = name;
        _tableUrl = service.AbsoluteUrl(name);
    }

    public string Name { get; }

    /// <summary>Creates the table; returns false when it already existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var operation = $"Create table '{Name}'";
        using var message = CreateMessage(RequestMethod.Post, "Tables", WriteAccept);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJson(message.Request, Encoding.UTF8.GetBytes("{\"TableName\":\"" + Name + "\"}"));
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            201 or 204 => true,
            409 when StorageErrors.ErrorCode(response) is "TableAlreadyExists" => false,
            _ => throw StorageErrors.FromResponse(response, operation),
        };
    }

    /// <summary>Deletes the table; returns false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(CancellationToken cancellationToken = default)
    {
        var operation = $"Delete table '{Name}'";
        using var message = CreateMessage(RequestMethod.Delete, "Tables('" + Name + "')", WriteAccept);
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            204 => true,
            404 => false,
            _ => throw StorageErrors.FromResponse(response, operation),
        };
    }

    /// <summary>Inserts a new entity and returns its ETag (also set on the entity); a <see cref="StorageException"/> with IsConflict when it exists.</summary>
    public async Task<string> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        TableEntityRules.Validate(entity);
        var operation = $"Insert entity {Describe(entity.PartitionKey, entity.RowKey)} into table '{Name}'";
        using var message = CreateMessage(RequestMethod.Post, Name, WriteAccept);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetEntityBody(message.Request, entity);
        var response = await _service.SendExpectingAsync(message, operation, 204, cancellationToken).ConfigureAwait(false);
        return entity.ETag = RequireETag(response);
    }

    /// <summary>Inserts or overwrites the entity (Replace) or merges into it (Merge), unconditionally. Returns the new ETag, also set on the entity.</summary>
    public async Task<string> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        TableEntityRules.Validate(entity);
        var operation = $"Upsert ({mode}) entity {Describe(entity.PartitionKey, entity.RowKey)} in table '{Name}'";
        using var message = CreateMessage(mode == TableUpdateMode.Merge ? Merge : RequestMethod.Put, Name + EntityKeySegment(entity.PartitionKey, entity.RowKey), WriteAccept);
        SetEntityBody(message.Request, entity);
        var response = await _service.SendExpectingAsync(message, operation, 204, cancellationToken).ConfigureAwait(false);
        return entity.ETag = RequireETag(response);
    }

    /// <summary>
    /// Replaces or merges an existing entity only if its ETag is still <paramref name="ifMatch"/> ("*" for any).
    /// Throws with IsPreconditionFailed when it changed, IsNotFound when it is gone. Returns the new ETag, also set on the entity.
    /// </summary>
    public async Task<string> UpdateEntityAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        TableEntityRules.Validate(entity);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        var operation = $"Update ({mode}) entity {Describe(entity.PartitionKey, entity.RowKey)} in table '{Name}'";
        using var message = CreateMessage(mode == TableUpdateMode.Merge ? Merge : RequestMethod.Put, Name + EntityKeySegment(entity.PartitionKey, entity.RowKey), WriteAccept);
        message.Request.Headers.SetValue("If-Match", ifMatch);
        SetEntityBody(message.Request, entity);
        var response = await _service.SendExpectingAsync(message, operation, 204, cancellationToken).ConfigureAwait(false);
        return entity.ETag = RequireETag(response);
    }

    /// <summary>
    /// Deletes an entity if its ETag is still <paramref name="ifMatch"/> ("*" for any). Returns false when
    /// it did not exist; throws with IsPreconditionFailed when it changed.
    /// </summary>
    public async Task<bool> DeleteEntityAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        StorageNames.ValidKey(partitionKey, "PartitionKey");
        StorageNames.ValidKey(rowKey, "RowKey");
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        var operation = $"Delete entity {Describe(partitionKey, rowKey)} from table '{Name}'";
        using var message = CreateMessage(RequestMethod.Delete, Name + EntityKeySegment(partitionKey, rowKey), WriteAccept);
        message.Request.Headers.SetValue("If-Match", ifMatch);
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            204 => true,
            404 => false,
            _ => throw StorageErrors.FromResponse(response, operation),
        };
    }

    /// <summary>Reads one entity, or null when it does not exist. <paramref name="select"/> limits the properties returned.</summary>
    public async Task<TableEntity?> GetEntityAsync(string partitionKey, string rowKey, IReadOnlyCollection<string>? select = null, CancellationToken cancellationToken = default)
    {
        StorageNames.ValidKey(partitionKey, "PartitionKey");
        StorageNames.ValidKey(rowKey, "RowKey");
        var operation = $"Get entity {Describe(partitionKey, rowKey)} from table '{Name}'";
        using var message = CreateMessage(RequestMethod.Get, Name + EntityKeySegment(partitionKey, rowKey), ReadAccept);
        AppendSelect(message.Request, select);
        var response = await _service.SendAsync(message, operation, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            return null;
        }

        if (response.Status != 200)
        {
            throw StorageErrors.FromResponse(response, operation);
        }

        using var document = JsonDocument.Parse(response.Content.ToMemory());
        response.Headers.TryGetValue("ETag", out var etag);
        return TableEntityJson.Read(document.RootElement, etag);
    }

    /// <summary>
    /// One page of a query. <paramref name="filter"/> is an OData expression (build literals with
    /// <see cref="TableFilter"/>); <paramref name="top"/> caps the page at up to 1,000. The service may
    /// return fewer rows, even none, with a continuation: keep going while it is not null.
    /// </summary>
    public async Task<TablePage> QueryPageAsync(string? filter = null, IReadOnlyCollection<string>? select = null, int? top = null, TableContinuation? continuation = null, CancellationToken cancellationToken = default)
    {
        if (top is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, "A query page holds 1 to 1,000 entities.");
        }

        var operation = $"Query table '{Name}'" + (filter is null ? string.Empty : $" for '{filter}'");
        using var message = CreateMessage(RequestMethod.Get, Name + "()", ReadAccept);
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter))
        {
            uri.AppendQuery("$filter", filter, escapeValue: true);
        }

        AppendSelect(message.Request, select);
        if (top is not null)
        {
            uri.AppendQuery("$top", top.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: false);
        }

        if (continuation is not null)
        {
            uri.AppendQuery("NextPartitionKey", continuation.NextPartitionKey, escapeValue: true);
            if (continuation.NextRowKey is not null)
            {
                uri.AppendQuery("NextRowKey", continuation.NextRowKey, escapeValue: true);
            }
        }

        var response = await _service.SendExpectingAsync(message, operation, 200, cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(response.Content.ToMemory());
        var entities = new List<TableEntity>();
        if (document.RootElement.TryGetProperty("value", out var value))
        {
            foreach (var element in value.EnumerateArray())
            {
                entities.Add(TableEntityJson.Read(element));
            }
        }

        TableContinuation? next = null;
        if (response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var nextPartition) && !string.IsNullOrEmpty(nextPartition))
        {
            response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var nextRow);
            next = new TableContinuation(nextPartition, string.IsNullOrEmpty(nextRow) ? null : nextRow);
        }

        return new TablePage(entities, next);
    }

    /// <summary>Every entity matching the query, following continuations page by page.</summary>
    public async IAsyncEnumerable<TableEntity> QueryAsync(string? filter = null, IReadOnlyCollection<string>? select = null, int? maxPerPage = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        TableContinuation? continuation = null;
        do
        {
            var page = await QueryPageAsync(filter, select, maxPerPage, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var entity in page.Entities)
            {
                yield return entity;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    /// <summary>
    /// Applies up to 100 actions on one partition as one atomic change: all succeed or none is applied.
    /// Returns the new ETag of each action's entity, in order (null for deletes), and sets it on the
    /// entities. On failure throws
    /// <see cref="StorageException"/> whose <see cref="StorageException.FailedActionIndex"/> names the action.
    /// A cross-partition, duplicate-entity or over-100 batch is refused here, before anything is sent.
    /// </summary>
    public async Task<IReadOnlyList<string?>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        TableBatch.Validate(actions);
        var batchBoundary = "batch_" + Guid.NewGuid().ToString("N");
        var changesetBoundary = "changeset_" + Guid.NewGuid().ToString("N");
        var body = TableBatch.WriteBody(actions, _tableUrl, batchBoundary, changesetBoundary);
        var operation = $"Transaction of {actions.Count} action(s) on partition '{actions[0].Entity.PartitionKey}' of table '{Name}'";
        using var message = CreateMessage(RequestMethod.Post, "$batch", WriteAccept);
        message.Request.Headers.SetValue("Content-Type", "multipart/mixed; boundary=" + batchBoundary);
        message.Request.Content = RequestContent.Create(body.WrittenMemory);
        var response = await _service.SendExpectingAsync(message, operation, 202, cancellationToken).ConfigureAwait(false);
        var outcome = TableBatch.ReadResponse(response.Content.ToMemory().Span, actions.Count);
        if (outcome.Failed is { } failure)
        {
            var which = failure.Index is { } index && index >= 0 && index < actions.Count
                ? $"action {index} ({actions[index].Type} {Describe(actions[index].Entity.PartitionKey, actions[index].Entity.RowKey)})"
                : "an action";
            throw new StorageException(
                outcome.Status,
                failure.Code,
                $"{operation} failed at {which}: {StorageErrors.Explain(outcome.Status, failure.Code, failure.Message)} (HTTP {outcome.Status}{(failure.Code is null ? string.Empty : " " + failure.Code)}). Nothing in the transaction was applied.")
            {
                FailedActionIndex = failure.Index,
            };
        }

        var etags = outcome.ETags!;
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i].Type != TableTransactionActionType.Delete)
            {
                actions[i].Entity.ETag = etags[i];
            }
        }

        return etags;
    }

    /// <summary><c>(PartitionKey='…',RowKey='…')</c> with quotes doubled and the keys percent-encoded.</summary>
    internal static string EntityKeySegment(string partitionKey, string rowKey) =>
        "(PartitionKey='" + EscapeKey(partitionKey) + "',RowKey='" + EscapeKey(rowKey) + "')";

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static string Describe(string partitionKey, string rowKey) => $"(PartitionKey '{partitionKey}', RowKey '{rowKey}')";

    private static string RequireETag(Response response) =>
        response.Headers.TryGetValue("ETag", out var etag) && etag is not null
            ? etag
            : throw new StorageException(response.Status, null, "The table service answered a write without an ETag.");

    private static void AppendSelect(Request request, IReadOnlyCollection<string>? select)
    {
        if (select is { Count: > 0 })
        {
            foreach (var name in select)
            {
                StorageNames.ValidPropertyName(name);
            }

            request.Uri.AppendQuery("$select", string.Join(',', select), escapeValue: true);
        }
    }

    private static void SetEntityBody(Request request, TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            TableEntityJson.Write(writer, entity);
        }

        SetJson(request, buffer.WrittenMemory);
    }

    private static void SetJson(Request request, ReadOnlyMemory<byte> json)
    {
        request.Headers.SetValue("Content-Type", "application/json");
        request.Content = RequestContent.Create(json);
    }

    private Azure.Core.HttpMessage CreateMessage(RequestMethod method, string escapedPath, string accept)
    {
        var message = _service.CreateMessage(method, escapedPath);
        var headers = message.Request.Headers;
        headers.SetValue("Accept", accept);
        headers.SetValue("DataServiceVersion", "3.0;NetFx");
        headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        return message;
    }
}
