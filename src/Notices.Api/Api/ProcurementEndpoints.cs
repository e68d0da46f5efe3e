using System.Security.Claims;
using Notices.Api.Security;
using Notices.Domain.Adoption;
using Notices.Domain.Procurement;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.State;

namespace Notices.Api;

/// <summary>Registering and reading procurements, their timeline, and retrying their failed work.</summary>
internal static class ProcurementEndpoints
{
    public static void MapProcurementEndpoints(this RouteGroupBuilder api)
    {
        var procurements = api.MapGroup("/procurements").WithTags("Procurements");
        procurements.MapPost("", RegisterAsync).WithName(ApiFunctionNames.RegisterProcurement).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Register a procurement of the authority this deployment serves (another buyerId is refused, 422).").Accepts<RegisterProcurementRequest>("application/json")
            .Produces<ProcurementCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        procurements.MapPost("/adoptions", AdoptAsync).WithName(ApiFunctionNames.AdoptProcurement).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Adopt a procurement already under way on Find a Tender, from its published releases or their notice ids, and carry on its lifecycle.")
            .Accepts<AdoptProcurementRequest>("application/json")
            .Produces<ProcurementCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        procurements.MapGet("", ListAsync).WithName(ApiFunctionNames.ListProcurements).RequireAuthorization(Policies.Reader)
            .WithSummary($"The authority's procurements, optionally only those at one status ({QueryValues.Names<Phase>()}), a page at a time ({QueryValues.MaxText}). buyerId may be left out; another buyer's is refused (422), as this deployment serves one authority.")
            .Produces<Page<ProcurementSummary>>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        procurements.MapGet("/{id}", GetAsync).WithName(ApiFunctionNames.GetProcurement).RequireAuthorization(Policies.Reader)
            .WithSummary("A procurement: its details, status, notices, award, contract and obligations.")
            .Produces<ProcurementResource>().ProducesProblem(StatusCodes.Status404NotFound);
        procurements.MapGet("/{id}/timeline", TimelineAsync).WithName(ApiFunctionNames.GetProcurementTimeline).RequireAuthorization(Policies.Reader)
            .WithSummary("Every event of the procurement with who, when and why.")
            .Produces<IReadOnlyList<TimelineEntry>>().ProducesProblem(StatusCodes.Status404NotFound);
        procurements.MapPost("/{id}/failed-work/{workId}/retry", RetryAsync).WithName(ApiFunctionNames.RetryFailedWork).RequireAuthorization(Policies.CommissionerOrAdministrator)
            .WithSummary("Try a failed work item again.")
            .Produces<CommandAccepted>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> RegisterAsync(
        HttpRequest request, ClaimsPrincipal user, ProcurementWorkflow workflow, ApiCommands commands, IIdSource ids, ServedAuthority authority)
    {
        var (body, problem) = await JsonBody.ReadAsync<RegisterProcurementRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new RequestErrors();
        errors.Text("buyerId", body!.BuyerId, "Enter the buyer's identifier", CommandLimits.OrganisationId);
        errors.Text("buyerName", body.BuyerName, "Enter the buyer's name");
        errors.Text("title", body.Title, "Enter the procurement's title", CommandLimits.Title);
        errors.Money("estimatedValue", body.EstimatedValue, "Enter the estimated value in pounds, more than 0");
        errors.Required("procedure", body.Procedure, "Select the procedure");
        errors.Required("nature", body.Nature, "Select whether it buys goods, services or works");
        var lots = body.Lots ?? [];
        for (var i = 0; i < lots.Count; i++)
        {
            errors.Required($"lots[{i}].number", lots[i].Number, "Enter the lot's number");
            errors.Text($"lots[{i}].title", lots[i].Title, "Enter the lot's title");
            errors.Money($"lots[{i}].estimatedValue", lots[i].EstimatedValue, "Enter the lot's estimated value in pounds, more than 0");
        }

        if (errors.Any)
        {
            return errors.Problem();
        }

        if (authority.Refuse(body.BuyerId!) is { } otherBuyer)
        {
            return otherBuyer;
        }

        var id = ProcurementId.New(ids);
        var command = new RegisterProcurement(
            commands.Context(user), body.BuyerId!.Trim(), body.BuyerName!.Trim(), body.Title!.Trim(), body.EstimatedValue!.Value,
            body.Procedure!.Value, body.Nature!.Value, body.Regime ?? SpecialRegime.None,
            lots.Select(l => new Lot(l.Number!.Value, l.Title!.Trim(), l.EstimatedValue!.Value)).ToList());
        var result = await workflow.Commands.HandleAsync(id, command, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return result.Succeeded
            ? TypedResults.Created($"{ApiEndpoints.Prefix}/procurements/{id}", new ProcurementCreated(id.Value, result.Version))
            : Problems.From(result);
    }

    private static async Task<IResult> AdoptAsync(
        HttpRequest request, ClaimsPrincipal user, ProcurementWorkflow workflow, ApiCommands commands, IIdSource ids, IFindATenderReleases findATender,
        ServedAuthority authority)
    {
        var (body, problem) = await JsonBody.ReadAsync<AdoptProcurementRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var releases = body!.Releases ?? [];
        var noticeIds = body.NoticeIds ?? [];
        if (releases.Count == 0 == (noticeIds.Count == 0))
        {
            return Problems.Validation(
                "releases", "Give either the procurement's published releases (releases) or their Find a Tender notice ids (noticeIds), not both");
        }

        if (authority.NotSet() is { } notSet)
        {
            return notSet;
        }

        // The buyer is known only once the releases are read: the workflow asks before it adopts.
        Func<AdoptProcurement, Problem?> admit = c => authority.Admit(c.BuyerId);
        var id = ProcurementId.New(ids);
        var cancellation = request.HttpContext.RequestAborted;
        var result = releases.Count > 0
            ? await workflow.Commands.AdoptAsync(id, commands.Context(user), releases.Select(r => r.GetRawText()).ToList(), admit, cancellation).ConfigureAwait(false)
            : await workflow.Commands.AdoptFromFindATenderAsync(id, commands.Context(user), findATender, noticeIds, admit, cancellation).ConfigureAwait(false);
        return result.Succeeded
            ? TypedResults.Created($"{ApiEndpoints.Prefix}/procurements/{id}", new ProcurementCreated(id.Value, result.Version))
            : Problems.From(result);
    }

    private static async Task<IResult> ListAsync(
        string? buyerId, string? status, string? max, string? continuation, ProcurementWorkflow workflow, ServedAuthority authority, CancellationToken cancellationToken)
    {
        var (phase, badStatus) = QueryValues.Enum<Phase>("status", status);
        var (size, badMax) = QueryValues.Max(max);
        var (buyer, problem) = authority.ForList(buyerId);
        return badStatus ?? badMax ?? problem
            ?? TypedResults.Ok(await workflow.Queries.ProcurementsAsync(buyer, phase, max: size, continuation: continuation, cancellationToken: cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> GetAsync(string id, ProcurementWorkflow workflow, CancellationToken cancellationToken)
    {
        var view = ProcurementId.IsWellFormed(id)
            ? await workflow.Queries.ProcurementAsync(new ProcurementId(id), cancellationToken).ConfigureAwait(false)
            : null;
        return view is null ? Problems.NotFound($"procurement '{id}'") : TypedResults.Ok(ProcurementResource.From(view));
    }

    private static async Task<IResult> TimelineAsync(string id, ProcurementWorkflow workflow, ApiCommands commands, CancellationToken cancellationToken)
    {
        if (!await commands.ExistsAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return Problems.NotFound($"procurement '{id}'");
        }

        return TypedResults.Ok(await workflow.Queries.TimelineAsync(new ProcurementId(id), cancellationToken).ConfigureAwait(false));
    }

    private static Task<IResult> RetryAsync(string id, string workId, ClaimsPrincipal user, ApiCommands commands, CancellationToken cancellationToken) =>
        commands.SendAsync(id, new RetryWork(commands.Context(user), workId), cancellationToken);
}
