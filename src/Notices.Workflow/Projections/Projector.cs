using System.Globalization;
using System.Text.Json;
using Notices.Workflow.Procurements;
using Notices.Workflow.Reactions;
using Notices.Workflow.Serialization;
using Notices.Workflow.State;

namespace Notices.Workflow.Projections;

/// <summary>
/// Projection rows as a function of the procurement's state. Changes are the difference between the rows
/// before and after a decision, so a replay writes the same rows again and nothing drifts.
/// </summary>
public static class Projector
{
    public static IReadOnlyList<ProjectionChange> Changes(ProcurementId id, ProcurementState before, ProcurementState after, bool rewriteAll = false)
    {
        var old = Rows(id, before).ToDictionary(Key);
        var current = Rows(id, after).ToDictionary(Key);
        var changes = new List<ProjectionChange>();
        foreach (var (key, row) in current)
        {
            if (rewriteAll || !old.TryGetValue(key, out var was) || was.Data != row.Data)
            {
                changes.Add(new UpsertRow(row));
            }
        }

        changes.AddRange(old.Keys.Where(k => !current.ContainsKey(k)).Select(k => new DeleteRow(k.Table, k.PartitionKey, k.RowKey)));
        return changes;
    }

    public static IEnumerable<ProjectionRow> Rows(ProcurementId id, ProcurementState state)
    {
        if (state is not Registered s)
        {
            yield break;
        }

        var d = s.Details;
        yield return Row(ProjectionTables.Procurements, d.BuyerId, ProcurementRowKey(s.Phase, id), new ProcurementSummary(
            id.Value, d.BuyerId, d.BuyerName, d.Title, d.EstimatedValue, d.Procedure, s.Phase, NextSteps.For(s), s.Failures.Count,
            d.RegisteredBy.UserId, d.RegisteredBy.Name));

        foreach (var a in s.Notices.Values.OfType<AwaitingApprovalState>())
        {
            var approval = new PendingApproval(
                id.Value, d.BuyerId, d.Title, a.Key, a.Type, a.Submissions, a.SubmittedBy.UserId, a.SubmittedBy.Name, a.SubmittedAt,
                a.Reminded, a.Escalated, [.. a.Conflicted.Keys.Order(StringComparer.Ordinal)]);
            var rowKey = $"{a.SubmittedAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}|{id.Value}|{a.Key}";
            yield return Row(ProjectionTables.Approvals, nameof(Role.Approver), rowKey, approval);
            if (a.Escalated)
            {
                yield return Row(ProjectionTables.Approvals, nameof(Role.Administrator), rowKey, approval);
            }
        }

        foreach (var copy in s.ContractCopies.Values.Where(c => c.Stage == ContractCopyStage.AwaitingApproval))
        {
            var rowKey = $"{copy.SubmittedAt!.Value.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}|{id.Value}|{copy.Key}";
            yield return Row(ProjectionTables.CopyApprovals, nameof(Role.Approver), rowKey, new PendingContractCopyApproval(
                id.Value, d.BuyerId, d.Title, copy.Key, copy.Submissions, copy.SubmittedBy!.UserId, copy.SubmittedBy.Name, copy.SubmittedAt.Value,
                copy.Redacted?.Passages ?? 0, [.. copy.Conflicted.Keys.Order(StringComparer.Ordinal)]));
        }

        foreach (var o in s.Obligations.Values.Where(o => o.Status is ObligationStatus.Open or ObligationStatus.Overdue))
        {
            yield return Row(ProjectionTables.Obligations, ObligationPartition(o.DueOn), $"{Day(o.DueOn)}|{id.Value}|{o.Id}",
                new ObligationView(id.Value, d.BuyerId, d.Title, o.Id, o.Kind, o.DueOn, o.Status, ObligationText.Of(o.Kind)));
        }

        if (s.Contract is { } c && s.Award is { } award)
        {
            yield return Row(ProjectionTables.Contracts, d.BuyerId, id.Value, new ContractRecord(
                id.Value, d.BuyerId, d.Title, award.Suppliers, c.Value, c.EnteredOn, c.StartsOn, c.EndsOn, c.EndedOn, c.Changes, s.Ocid));
        }
    }

    /// <summary>Within a buyer's partition, rows sort by status, so one status is one row-key range.</summary>
    public static string ProcurementRowKey(Phase phase, ProcurementId id) => $"{phase}|{id.Value}";

    public static string ObligationPartition(DateOnly dueOn) => dueOn.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ProjectionRow Row<T>(string table, string partitionKey, string rowKey, T view) =>
        new(table, partitionKey, rowKey, JsonSerializer.Serialize(view, WorkflowJson.Options));

    private static (string Table, string PartitionKey, string RowKey) Key(ProjectionRow row) => (row.Table, row.PartitionKey, row.RowKey);
}
