using System.Text.Json.Serialization;

namespace Notices.Workflow.Projections;

/// <summary>
/// The read models for the screens, as rows in partitions (by buyer, by approver role, by due month), so a
/// screen reads one partition and never scans everything.
/// </summary>
public interface IProjectionStore
{
    Task ApplyAsync(IReadOnlyList<ProjectionChange> changes, CancellationToken cancellationToken);

    /// <summary>Rows of one partition in row-key order, from FromRowKey (inclusive) to ToRowKey (exclusive).</summary>
    Task<ProjectionPage> QueryAsync(ProjectionQuery query, CancellationToken cancellationToken);
}

public sealed record ProjectionRow(string Table, string PartitionKey, string RowKey, string Data);

public sealed record ProjectionQuery(
    string Table, string PartitionKey, string? FromRowKey = null, string? ToRowKey = null, int Max = 50, string? Continuation = null);

/// <summary>A page of rows; <see cref="Continuation"/> fetches the next page, or is null at the end.</summary>
public sealed record ProjectionPage(IReadOnlyList<ProjectionRow> Rows, string? Continuation);

[JsonPolymorphic(TypeDiscriminatorPropertyName = "change")]
[JsonDerivedType(typeof(UpsertRow), "upsert")]
[JsonDerivedType(typeof(DeleteRow), "delete")]
public abstract record ProjectionChange(string Table, string PartitionKey, string RowKey);

public sealed record UpsertRow(ProjectionRow Row) : ProjectionChange(Row.Table, Row.PartitionKey, Row.RowKey);

public sealed record DeleteRow(string Table, string PartitionKey, string RowKey) : ProjectionChange(Table, PartitionKey, RowKey);

/// <summary>The projection tables.</summary>
public static class ProjectionTables
{
    public const string Procurements = "procurements";
    public const string Approvals = "approvals";
    public const string Obligations = "obligations";
    public const string Contracts = "contracts";
    public const string CopyApprovals = "copyApprovals";

    public static IReadOnlyList<string> All { get; } = [Procurements, Approvals, Obligations, Contracts, CopyApprovals];
}
