using System.Security.Claims;
using System.Text.Json;
using NoticeFunctions.Security;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Api;

/// <summary>
/// The JSON API under <c>/api</c>: the same commands and queries as the forms. Each write takes a JSON
/// body (415 otherwise, bounded, 400 naming the field when malformed), is authorised by role, and is
/// decided by the workflow, whose refusals come back as 422 problem details naming the field.
/// </summary>
internal static class ProcurementApi
{
    public static void MapProcurementApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Procurements").DisableAntiforgery();

        api.MapPost("/procurements", RegisterAsync).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Register a procurement.").Accepts<RegisterProcurementRequest>("application/json")
            .ProducesProblem(400).ProducesProblem(415).ProducesProblem(422);
        api.MapGet("/procurements", ListAsync).RequireAuthorization(Policies.Reader)
            .WithSummary("A buyer's procurements, a page at a time.");
        api.MapGet("/procurements/{id}", GetAsync).RequireAuthorization(Policies.Reader)
            .WithSummary("A procurement's current state.").ProducesProblem(404);
        api.MapGet("/procurements/{id}/timeline", TimelineAsync).RequireAuthorization(Policies.Reader)
            .WithSummary("Every event of the procurement with who, when and why.").ProducesProblem(404);
        api.MapPost("/procurements/{id}/notices", DraftAsync).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Draft a notice.").Accepts<DraftNoticeRequest>("application/json")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(415).ProducesProblem(422);
        api.MapPost("/procurements/{id}/notices/{noticeKey}/submission", SubmitAsync).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Submit a drafted notice for approval.").ProducesProblem(404).ProducesProblem(422);
        api.MapPost("/procurements/{id}/notices/{noticeKey}/approval", DecideAsync).RequireAuthorization(Policies.Approver)
            .WithSummary("Raise the approval event: approve, or reject with a reason, declaring any conflict of interest.")
            .Accepts<ApprovalRequest>("application/json")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(415).ProducesProblem(422);
        api.MapGet("/approvals", ApprovalsAsync).RequireAuthorization(Policies.Approver)
            .WithTags("Approvals").WithSummary("Notices waiting for approval, oldest first.");
        api.MapGet("/obligations", ObligationsAsync).RequireAuthorization(Policies.Reader)
            .WithTags("Obligations").WithSummary("Open obligations due in a date range, soonest first.");
        api.MapGet("/contracts", ContractsAsync).RequireAuthorization(Policies.Reader)
            .WithTags("Contracts").WithSummary("A buyer's contracts register.");
    }

    private static async Task<IResult> RegisterAsync(HttpRequest request, ClaimsPrincipal user, WorkflowRuntime workflow, TimeProvider clock, IIdSource ids)
    {
        var (body, problem) = await JsonBody.ReadAsync<RegisterProcurementRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>();
        Require(errors, "buyerId", body!.BuyerId, "Enter the buyer's identifier");
        Require(errors, "buyerName", body.BuyerName, "Enter the buyer's name");
        Require(errors, "title", body.Title, "Enter the procurement's title");
        if (body.EstimatedValue is not > 0)
        {
            errors["estimatedValue"] = ["Enter the estimated value in pounds, more than 0"];
        }

        if (body.Procedure is null)
        {
            errors["procedure"] = ["Select the procedure"];
        }

        if (body.Nature is null)
        {
            errors["nature"] = ["Select whether it buys goods, services or works"];
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var id = ProcurementId.New(ids);
        var lots = (body.Lots ?? []).Select(l => new Lot(l.Number, l.Title ?? "", l.EstimatedValue)).ToList();
        var command = new RegisterProcurement(
            Context(user, clock, ids), body.BuyerId!.Trim(), body.BuyerName!.Trim(), body.Title!.Trim(), body.EstimatedValue!.Value,
            body.Procedure!.Value, body.Nature!.Value, body.Regime ?? Notices.Domain.Procurement.SpecialRegime.None, lots);
        var result = await workflow.Commands.HandleAsync(id, command, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return result.Succeeded
            ? Results.Created($"/api/procurements/{id}", new { id = id.Value, version = result.Version })
            : Problems.From(result);
    }

    private static async Task<IResult> ListAsync(string? buyerId, string? continuation, WorkflowRuntime workflow, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(buyerId))
        {
            return Problems.Validation("buyerId", "Give the buyer whose procurements to list (buyerId)");
        }

        var page = await workflow.Queries.ProcurementsAsync(buyerId, continuation: continuation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Results.Json(page, ApiJson.Options);
    }

    private static async Task<IResult> GetAsync(string id, WorkflowRuntime workflow, CancellationToken cancellationToken)
    {
        if (!ProcurementId.IsWellFormed(id))
        {
            return Problems.NotFound($"procurement '{id}'");
        }

        var view = await workflow.Queries.ProcurementAsync(new ProcurementId(id), cancellationToken).ConfigureAwait(false);
        return view is null ? Problems.NotFound($"procurement '{id}'") : Results.Json(view, ApiJson.Options);
    }

    private static async Task<IResult> TimelineAsync(string id, WorkflowRuntime workflow, CancellationToken cancellationToken)
    {
        if (!ProcurementId.IsWellFormed(id) || await workflow.Queries.ProcurementAsync(new ProcurementId(id), cancellationToken).ConfigureAwait(false) is null)
        {
            return Problems.NotFound($"procurement '{id}'");
        }

        var timeline = await workflow.Queries.TimelineAsync(new ProcurementId(id), cancellationToken).ConfigureAwait(false);
        return Results.Json(timeline, ApiJson.Options);
    }

    private static async Task<IResult> DraftAsync(string id, HttpRequest request, ClaimsPrincipal user, WorkflowRuntime workflow, TimeProvider clock, IIdSource ids)
    {
        var (body, problem) = await JsonBody.ReadAsync<DraftNoticeRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Type is null)
        {
            return Problems.Validation("type", "Select the notice type, UK1 to UK17");
        }

        if (body.Content is not { ValueKind: JsonValueKind.Object } content)
        {
            return Problems.Validation("content", "Give the notice's content as a JSON object");
        }

        return await SendAsync(id, request, workflow, new DraftNotice(Context(user, clock, ids), body.Type.Value, content.GetRawText())).ConfigureAwait(false);
    }

    private static Task<IResult> SubmitAsync(string id, string noticeKey, HttpRequest request, ClaimsPrincipal user, WorkflowRuntime workflow, TimeProvider clock, IIdSource ids) =>
        SendAsync(id, request, workflow, new SubmitNotice(Context(user, clock, ids), noticeKey));

    private static async Task<IResult> DecideAsync(string id, string noticeKey, HttpRequest request, ClaimsPrincipal user, WorkflowRuntime workflow, TimeProvider clock, IIdSource ids)
    {
        var (body, problem) = await JsonBody.ReadAsync<ApprovalRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var context = Context(user, clock, ids, body!.Reason);
        var (command, invalid) = ApprovalDecisionRequest.ToCommand(
            body.Decision, body.Reason, body.ConflictOfInterest, "notice",
            details => new DeclareConflictOfInterest(context, noticeKey, details),
            () => new ApproveNotice(context, noticeKey, body.NoConflictOfInterest == true),
            reason => new RejectNotice(context, noticeKey, reason, body.NoConflictOfInterest == true)).ForApi();
        return invalid ?? await SendAsync(id, request, workflow, command!).ConfigureAwait(false);
    }

    private static async Task<IResult> ApprovalsAsync(string? continuation, WorkflowRuntime workflow, CancellationToken cancellationToken) =>
        Results.Json(
            await workflow.Queries.PendingApprovalsAsync(Role.Approver, continuation: continuation, cancellationToken: cancellationToken).ConfigureAwait(false),
            ApiJson.Options);

    private static async Task<IResult> ObligationsAsync(DateOnly? from, DateOnly? to, WorkflowRuntime workflow, TimeProvider clock, CancellationToken cancellationToken)
    {
        var start = from ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var end = to ?? start.AddDays(90);
        if (end < start)
        {
            return Problems.Validation("to", "The end of the range must not be before its start");
        }

        return Results.Json(await workflow.Queries.ObligationsDueAsync(start, end, cancellationToken: cancellationToken).ConfigureAwait(false), ApiJson.Options);
    }

    private static async Task<IResult> ContractsAsync(string? buyerId, string? continuation, WorkflowRuntime workflow, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(buyerId))
        {
            return Problems.Validation("buyerId", "Give the buyer whose contracts to list (buyerId)");
        }

        return Results.Json(
            await workflow.Queries.ContractsAsync(buyerId, continuation: continuation, cancellationToken: cancellationToken).ConfigureAwait(false),
            ApiJson.Options);
    }

    internal static async Task<IResult> SendAsync(string id, HttpRequest request, WorkflowRuntime workflow, ProcurementCommand command)
    {
        if (!ProcurementId.IsWellFormed(id)
            || await workflow.Queries.ProcurementAsync(new ProcurementId(id), request.HttpContext.RequestAborted).ConfigureAwait(false) is null)
        {
            return Problems.NotFound($"procurement '{id}'");
        }

        var result = await workflow.Commands.HandleAsync(new ProcurementId(id), command, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return result.Succeeded
            ? Results.Json(new CommandAccepted(result.Outcome.ToString(), result.Version, result.Events), ApiJson.Options)
            : Problems.From(result);
    }

    /// <summary>What an accepted command answers: the outcome, the stream's version, and the events recorded.</summary>
    internal sealed record CommandAccepted(string Outcome, long Version, IReadOnlyList<Notices.Workflow.Events.ProcurementEvent> Events);

    private static DecisionContext Context(ClaimsPrincipal user, TimeProvider clock, IIdSource ids, string? why = null) =>
        DecisionContext.For(Actors.From(user), clock, ids, why);

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [message];
        }
    }
}
