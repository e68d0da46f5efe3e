using System.Security.Claims;
using Notices.Api.Security;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;

namespace Notices.Api;

/// <summary>The award decision, the contract's entry into force, its changes and its end; and the contracts register.</summary>
internal static class ContractEndpoints
{
    public static void MapContractEndpoints(this RouteGroupBuilder api)
    {
        var procurement = api.MapGroup("/procurements/{id}").WithTags("Contracts");
        NoticeEndpoints.Command(procurement.MapPost("/award", AwardAsync).WithName(ApiFunctionNames.RecordAward).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Record the award decision: the suppliers, the value including VAT, the day decided.").Accepts<AwardRequest>("application/json"));
        NoticeEndpoints.Command(procurement.MapPost("/contract", EnteredAsync).WithName(ApiFunctionNames.RecordContractEntered).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Record that the contract has been entered into (not before the standstill period ends).").Accepts<ContractEnteredRequest>("application/json"));
        NoticeEndpoints.Command(procurement.MapPost("/contract/changes", ChangeAsync).WithName(ApiFunctionNames.RecordContractChange).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Record a change to the contract.").Accepts<ContractChangeRequest>("application/json"));
        NoticeEndpoints.Command(procurement.MapPost("/contract/ending", EndedAsync).WithName(ApiFunctionNames.RecordContractEnded).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Record that the contract has ended, and how (Expired, TerminatedByAuthority, TerminatedOtherwise).").Accepts<ContractEndedRequest>("application/json"));
        api.MapGet("/contracts", RegisterAsync).WithName(ApiFunctionNames.ListContracts).RequireAuthorization(Policies.Reader).WithTags("Contracts")
            .WithSummary($"The authority's contracts register, a page at a time ({QueryValues.MaxText}; buyerId may be left out; another buyer's is refused, 422).")
            .Produces<Page<ContractRecord>>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> AwardAsync(string id, HttpRequest request, ClaimsPrincipal user, ApiCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<AwardRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new RequestErrors();
        var suppliers = body!.Suppliers ?? [];
        if (suppliers.Count == 0)
        {
            errors.Add("suppliers", "Name at least one supplier the contract is awarded to");
        }

        for (var i = 0; i < suppliers.Count; i++)
        {
            errors.Text($"suppliers[{i}].name", suppliers[i].Name, "Enter the supplier's name");
            errors.Text($"suppliers[{i}].identifier", suppliers[i].Identifier, "Enter the supplier's identifier, for example GB-COH-08229264", CommandLimits.OrganisationId);
        }

        errors.Money("value", body.Value, "Enter the contract's value in pounds including VAT, more than 0");
        errors.Required("decidedOn", body.DecidedOn, "Enter the day the award was decided, as YYYY-MM-DD");
        return errors.Any
            ? errors.Problem()
            : await commands.SendAsync(
                id,
                new RecordAwardDecision(
                    commands.Context(user), suppliers.Select(s => new AwardedSupplier(s.Name!.Trim(), s.Identifier!.Trim())).ToList(),
                    body.Value!.Value, body.DecidedOn!.Value),
                request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> EnteredAsync(string id, HttpRequest request, ClaimsPrincipal user, ApiCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<ContractEnteredRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new RequestErrors();
        errors.Required("enteredOn", body!.EnteredOn, "Enter the day the contract was entered into, as YYYY-MM-DD");
        errors.Money("value", body.Value, "Enter the contract's value in pounds including VAT, more than 0");
        errors.Required("startsOn", body.StartsOn, "Enter the day the contract starts, as YYYY-MM-DD");
        errors.Required("endsOn", body.EndsOn, "Enter the day the contract ends, as YYYY-MM-DD");
        return errors.Any
            ? errors.Problem()
            : await commands.SendAsync(
                id,
                new RecordContractEntered(commands.Context(user), body.EnteredOn!.Value, body.Value!.Value, body.StartsOn!.Value, body.EndsOn!.Value),
                request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> ChangeAsync(string id, HttpRequest request, ClaimsPrincipal user, ApiCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<ContractChangeRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new RequestErrors();
        errors.Text("description", body!.Description, "Describe the change", CommandLimits.Text);
        errors.Money("newValue", body.NewValue, "Enter the contract's value once changed, in pounds including VAT, more than 0");
        errors.Required("effectiveOn", body.EffectiveOn, "Enter the day the change takes effect, as YYYY-MM-DD");
        return errors.Any
            ? errors.Problem()
            : await commands.SendAsync(
                id,
                new RecordContractChange(
                    commands.Context(user), body.Description!.Trim(), body.NewValue!.Value, body.EffectiveOn!.Value, body.CorporateRestructuring == true),
                request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> EndedAsync(string id, HttpRequest request, ClaimsPrincipal user, ApiCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<ContractEndedRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new RequestErrors();
        errors.Required("endedOn", body!.EndedOn, "Enter the day the contract ended, as YYYY-MM-DD");
        errors.Required("ending", body.Ending, "Choose how it ended: Expired, TerminatedByAuthority or TerminatedOtherwise");
        return errors.Any
            ? errors.Problem()
            : await commands.SendAsync(
                id, new RecordContractEnded(commands.Context(user), body.EndedOn!.Value, body.Ending!.Value), request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> RegisterAsync(
        string? buyerId, string? max, string? continuation, ProcurementWorkflow workflow, ServedAuthority authority, CancellationToken cancellationToken)
    {
        var (size, badMax) = QueryValues.Max(max);
        var (buyer, problem) = authority.ForList(buyerId);
        return badMax ?? problem
            ?? TypedResults.Ok(await workflow.Queries.ContractsAsync(buyer, max: size, continuation: continuation, cancellationToken: cancellationToken).ConfigureAwait(false));
    }
}
