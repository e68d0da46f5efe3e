using System.Security.Claims;
using Notices.Api.Security;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;

namespace Notices.Api;

/// <summary>What is waiting for someone: approvals by role, and obligations falling due.</summary>
internal static class InboxEndpoints
{
    public static void MapInboxEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/approvals", ApprovalsAsync).WithName(ApiFunctionNames.ListApprovals).RequireAuthorization(Policies.ApproverOrAdministrator).WithTags("Approvals")
            .WithSummary($"Notices waiting for approval, oldest first, a page at a time ({QueryValues.MaxText}): role=Approver for approvers, role=Administrator for escalated ones (by default the caller's own).")
            .Produces<Page<PendingApproval>>().ProducesValidationProblem();
        api.MapGet("/obligations", ObligationsAsync).WithName(ApiFunctionNames.ListObligations).RequireAuthorization(Policies.Reader).WithTags("Obligations")
            .WithSummary("Open and overdue obligations due in a date range (from today for 90 days unless given), soonest first.")
            .Produces<IReadOnlyList<ObligationView>>().ProducesValidationProblem();
    }

    private static async Task<IResult> ApprovalsAsync(
        string? role, string? max, string? continuation, ClaimsPrincipal user, ProcurementWorkflow workflow, CancellationToken cancellationToken)
    {
        var (size, badMax) = QueryValues.Max(max);
        if (badMax is not null)
        {
            return badMax;
        }

        var inbox = role ?? (user.IsInRole(Roles.Approver) ? Roles.Approver : Roles.Administrator);
        if (inbox is not (Roles.Approver or Roles.Administrator))
        {
            return Problems.Validation("role", "Choose the inbox: Approver or Administrator");
        }

        if (!user.IsInRole(inbox))
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Forbidden", $"Only a user with the {inbox} role sees that inbox.");
        }

        var page = await workflow.Queries.PendingApprovalsAsync(Enum.Parse<Role>(inbox), max: size, continuation: continuation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(page);
    }

    private static async Task<IResult> ObligationsAsync(DateOnly? from, DateOnly? to, ProcurementWorkflow workflow, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (start, end, problem) = ObligationRange.Resolve(from, to, clock, ObligationRange.ListMaxDays, "Ask for a year or less at a time");
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(await workflow.Queries.ObligationsDueAsync(start, end, cancellationToken: cancellationToken).ConfigureAwait(false));
    }
}
