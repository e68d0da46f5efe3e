namespace Notices.Storage.Tables;

/// <summary>Where the next page of a query starts. Opaque: send it back as it came.</summary>
public sealed record TableContinuation(string NextPartitionKey, string? NextRowKey);

/// <summary>One page of query results; <see cref="Continuation"/> is null on the last page.</summary>
public sealed record TablePage(IReadOnlyList<TableEntity> Entities, TableContinuation? Continuation);
