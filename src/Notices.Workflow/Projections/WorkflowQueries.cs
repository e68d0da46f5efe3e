using System.Text.Json;
using Notices.Workflow.Procurements;
using Notices.Workflow.Record;
using Notices.Workflow.Serialization;
using Notices.Workflow.State;

namespace Notices.Workflow.Projections;

/// <summary>The queries behind the screens. Each reads one partition (or, for due dates, one per month).</summary>
public sealed class WorkflowQueries(IProjectionStore projections, IProcurementRecord record)
{
    /// <summary>A buyer's procurements, optionally only those at <paramref name="status"/>.</summary>
    public async Task<Page<ProcurementSummary>> ProcurementsAsync(
        string buyerId, Phase? status = null, int max = 50, string? continuation = null, CancellationToken cancellationToken = default)
    {
        var (from, to) = status is { } phase ? ($"{phase}|", $"{phase}}}") : ((string?)null, (string?)null);
        return await PageAsync<ProcurementSummary>(
            new ProjectionQuery(ProjectionTables.Procurements, buyerId, from, to, max, continuation), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Notices waiting for approval, oldest first: for approvers, or escalated ones for administrators.</summary>
    public Task<Page<PendingApproval>> PendingApprovalsAsync(
        Role role, int max = 50, string? continuation = null, CancellationToken cancellationToken = default) =>
        PageAsync<PendingApproval>(new ProjectionQuery(ProjectionTables.Approvals, role.ToString(), Max: max, Continuation: continuation), cancellationToken);

    /// <summary>Redacted contract copies waiting for approval, oldest first.</summary>
    public Task<Page<PendingContractCopyApproval>> PendingContractCopyApprovalsAsync(
        int max = 50, string? continuation = null, CancellationToken cancellationToken = default) =>
        PageAsync<PendingContractCopyApproval>(
            new ProjectionQuery(ProjectionTables.CopyApprovals, nameof(Role.Approver), Max: max, Continuation: continuation), cancellationToken);

    /// <summary>Open and overdue obligations due from <paramref name="from"/> to <paramref name="to"/> inclusive, soonest first.</summary>
    public async Task<IReadOnlyList<ObligationView>> ObligationsDueAsync(
        DateOnly from, DateOnly to, int max = 200, CancellationToken cancellationToken = default)
    {
        var found = new List<ObligationView>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to && found.Count < max; month = month.AddMonths(1))
        {
            string? continuation = null;
            do
            {
                var page = await PageAsync<ObligationView>(
                    new ProjectionQuery(
                        ProjectionTables.Obligations, Projector.ObligationPartition(month), Projector.Day(from),
                        Projector.Day(to.AddDays(1)), max - found.Count, continuation),
                    cancellationToken).ConfigureAwait(false);
                found.AddRange(page.Items);
                continuation = page.Continuation;
            }
            while (continuation is not null && found.Count < max);
        }

        return found;
    }

    /// <summary>A buyer's contracts register.</summary>
    public Task<Page<ContractRecord>> ContractsAsync(
        string buyerId, int max = 50, string? continuation = null, CancellationToken cancellationToken = default) =>
        PageAsync<ContractRecord>(new ProjectionQuery(ProjectionTables.Contracts, buyerId, Max: max, Continuation: continuation), cancellationToken);

    /// <summary>Every event of the procurement with who, when and why, oldest first.</summary>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(ProcurementId id, CancellationToken cancellationToken = default)
    {
        var history = await record.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return history.Events.Select(e => new TimelineEntry(
            e.Version, e.Event.Context.At, e.Event.Context.Actor.Name, e.Event.Context.Actor.UserId, e.Event.Context.Actor.Roles,
            e.Event.Context.Why, TimelineText.Describe(e.Event), e.Event)).ToList();
    }

    /// <summary>The procurement's current state and version (read from its stream), or null if there is none.</summary>
    public async Task<ProcurementView?> ProcurementAsync(ProcurementId id, CancellationToken cancellationToken = default)
    {
        var history = await record.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return ProcurementEvolution.Fold(history.Events.Select(e => e.Event)) is Registered s
            ? new ProcurementView(id, history.Version, s)
            : null;
    }

    private async Task<Page<T>> PageAsync<T>(ProjectionQuery query, CancellationToken cancellationToken)
    {
        var page = await projections.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        return new Page<T>(
            page.Rows.Select(r => JsonSerializer.Deserialize<T>(r.Data, WorkflowJson.Options)!).ToList(),
            page.Continuation);
    }
}

public sealed record Page<T>(IReadOnlyList<T> Items, string? Continuation);

public sealed record ProcurementView(ProcurementId Id, long Version, Registered State);
