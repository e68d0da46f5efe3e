using System.Security.Claims;
using System.Text.Json;
using Notices.Api.Published;
using Notices.Api.Security;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.State;

namespace Notices.Api;

/// <summary>
/// A procurement's notices: draft, amend, submit, raise the approval event, and read them with their OCDS release;
/// and the register of every published notice, a page at a time.
/// </summary>
internal static class NoticeEndpoints
{
    public static void MapNoticeEndpoints(this RouteGroupBuilder api)
    {
        var notices = api.MapGroup("/procurements/{id}/notices").WithTags("Notices");
        notices.MapGet("", ListAsync).WithName(ApiFunctionNames.ListNotices).RequireAuthorization(Policies.Reader)
            .WithSummary("The procurement's notices with their status and, once published, the register's receipt.")
            .Produces<IReadOnlyList<NoticeSummary>>().ProducesProblem(StatusCodes.Status404NotFound);
        notices.MapGet("/{noticeKey}", GetAsync).WithName(ApiFunctionNames.GetNotice).RequireAuthorization(Policies.Reader)
            .WithSummary("A notice with its content (the notice JSON).")
            .Produces<NoticeResource>().ProducesProblem(StatusCodes.Status404NotFound);
        notices.MapGet("/{noticeKey}/release", ReleaseAsync).WithName(ApiFunctionNames.GetNoticeRelease).RequireAuthorization(Policies.Reader)
            .WithSummary("A published notice's OCDS release, as the register published it.")
            .Produces<JsonElement>(contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        Command(notices.MapPost("", DraftAsync).WithName(ApiFunctionNames.DraftNotice).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Draft a notice of a type, UK1 to UK17, from its content.").Accepts<DraftNoticeRequest>("application/json"));
        Command(notices.MapPut("/{noticeKey}", AmendAsync).WithName(ApiFunctionNames.AmendNotice).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Amend a draft, or redraft a rejected notice.").Accepts<AmendNoticeRequest>("application/json"));
        Command(notices.MapPost("/{noticeKey}/submission", SubmitAsync).WithName(ApiFunctionNames.SubmitNotice).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Submit a draft for approval; it must pass validation first."));
        Command(notices.MapPost("/{noticeKey}/approval", DecideAsync).WithName(ApiFunctionNames.DecideNotice).RequireAuthorization(Policies.Approver)
            .WithSummary("Raise the approval event: approve, or reject with a reason, or declare a conflict of interest. Nobody approves their own submission.")
            .Accepts<ApprovalRequest>("application/json"));
        api.MapGet("/published-notices", PublishedAsync).WithName(ApiFunctionNames.ListPublishedNotices).RequireAuthorization(Policies.Reader).WithTags("Notices")
            .WithSummary($"Every published notice in the register, with its notice id and ocid, a page at a time in the register's order ({QueryValues.MaxText}).")
            .Produces<Page<PublishedNotice>>().ProducesValidationProblem();
    }

    /// <summary>What every command answers: the events recorded, or a problem naming the field.</summary>
    public static RouteHandlerBuilder Command(RouteHandlerBuilder endpoint) => endpoint
        .Produces<CommandAccepted>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> ListAsync(string id, ProcurementWorkflow workflow, CancellationToken cancellationToken)
    {
        var state = await StateAsync(id, workflow, cancellationToken).ConfigureAwait(false);
        return state is null
            ? Problems.NotFound($"procurement '{id}'")
            : TypedResults.Ok(state.Notices.Values.Select(NoticeSummary.From).ToList());
    }

    private static async Task<IResult> GetAsync(string id, string noticeKey, ProcurementWorkflow workflow, CancellationToken cancellationToken)
    {
        var state = await StateAsync(id, workflow, cancellationToken).ConfigureAwait(false);
        return state?.Notices.GetValueOrDefault(noticeKey) is { } notice
            ? TypedResults.Ok(NoticeResource.From(notice))
            : Problems.NotFound($"notice '{noticeKey}' on procurement '{id}'");
    }

    private static async Task<IResult> ReleaseAsync(string id, string noticeKey, ProcurementWorkflow workflow, CancellationToken cancellationToken)
    {
        var state = await StateAsync(id, workflow, cancellationToken).ConfigureAwait(false);
        if (state?.Notices.GetValueOrDefault(noticeKey) is not PublishedNoticeState published)
        {
            return Problems.NotFound($"published notice '{noticeKey}' on procurement '{id}'");
        }

        var release = await workflow.Notices.ReadAsync(published.Publication.Location, cancellationToken).ConfigureAwait(false);
        if (release is null)
        {
            return Problems.NotFound($"release of notice '{noticeKey}' in the register");
        }

        // Parsed and written again, so text in it is escaped as in every other answer.
        using var document = JsonDocument.Parse(release);
        return TypedResults.Ok(document.RootElement.Clone());
    }

    private static async Task<IResult> PublishedAsync(
        string? max, string? continuation, ProcurementWorkflow workflow, StorageServices storage, WorkflowStorageNames names, CancellationToken cancellationToken)
    {
        var (size, badMax) = QueryValues.Max(max);
        return badMax
            ?? TypedResults.Ok(await new PublishedRegister(workflow, storage, names).PageAsync(continuation, size, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> DraftAsync(string id, HttpRequest request, ClaimsPrincipal user, ApiCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<DraftNoticeRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new RequestErrors();
        errors.Required("type", body!.Type, "Select the notice type, UK1 to UK17");
        if (body.Content is not { ValueKind: JsonValueKind.Object })
        {
            errors.Add("content", "Give the notice's content as a JSON object");
        }

        return errors.Any
            ? errors.Problem()
            : await commands.SendAsync(id, new DraftNotice(commands.Context(user), body.Type!.Value, body.Content!.Value.GetRawText()), request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> AmendAsync(string id, string noticeKey, HttpRequest request, ClaimsPrincipal user, ApiCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<AmendNoticeRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        return body!.Content is not { ValueKind: JsonValueKind.Object } content
            ? Problems.Validation("content", "Give the notice's content as a JSON object")
            : await commands.SendAsync(id, new AmendNotice(commands.Context(user), noticeKey, content.GetRawText()), request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static Task<IResult> SubmitAsync(string id, string noticeKey, ClaimsPrincipal user, ApiCommands commands, CancellationToken cancellationToken) =>
        commands.SendAsync(id, new SubmitNotice(commands.Context(user), noticeKey), cancellationToken);

    private static async Task<IResult> DecideAsync(string id, string noticeKey, HttpRequest request, ClaimsPrincipal user, ApiCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<ApprovalRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var reason = body!.Reason?.Trim();
        var context = commands.Context(user, string.IsNullOrEmpty(reason) ? null : reason);
        var noConflict = body.NoConflictOfInterest == true;
        var (command, invalid) = ApprovalDecisionRequest.ToCommand(
            body.Decision, reason, body.ConflictOfInterest, "notice",
            details => new DeclareConflictOfInterest(context, noticeKey, details),
            () => new ApproveNotice(context, noticeKey, noConflict),
            why => new RejectNotice(context, noticeKey, why, noConflict)).ForApi();
        return invalid ?? await commands.SendAsync(id, command!, request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<Registered?> StateAsync(string id, ProcurementWorkflow workflow, CancellationToken cancellationToken) =>
        ProcurementId.IsWellFormed(id)
            ? (await workflow.Queries.ProcurementAsync(new ProcurementId(id), cancellationToken).ConfigureAwait(false))?.State
            : null;
}
