using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using NoticeFunctions.ContractCopies;
using NoticeFunctions.Security;
using Notices.Domain.Contracts;
using Notices.Redaction;
using Notices.Storage.Contracts;
using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Api;

/// <summary>
/// Contract copies over the JSON API: upload the signed contract (the request body is the file, streamed to the
/// private originals container), read the suggestions, choose the redactions, submit, review side by side, and
/// decide as an approver. Published copies are served from the published container only; nothing here ever
/// reads an original out to a client.
/// </summary>
internal static partial class ContractCopyApi
{
    public static void MapContractCopyApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Contract copies").DisableAntiforgery();
        var copy = "/procurements/{id}/contract-copies/{copyKey}";
        api.MapGet("/procurements/{id}/contract-copies", ListAsync).RequireAuthorization(Policies.Reader)
            .WithSummary("The procurement's contract copies: due, uploaded, under review or published.").ProducesProblem(404);
        api.MapPut(copy + "/original", UploadAsync).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Upload the signed contract: the body is the file (DOCX, PDF or plain text, up to 100 MB), its Content-Type the type it claims; ?fileName= names it.")
            .ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        api.MapGet(copy + "/suggestions", SuggestionsAsync).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Personal data found in the uploaded contract, to accept or leave.").ProducesProblem(404).ProducesProblem(422);
        api.MapPut(copy + "/redactions", ChooseAsync).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Choose what to withhold, each passage with its ground; an empty list withholds nothing.")
            .Accepts<RedactionsRequest>("application/json").ProducesProblem(400).ProducesProblem(404).ProducesProblem(415).ProducesProblem(422);
        api.MapPost(copy + "/submission", SubmitAsync).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Submit the copy for approval; the redacted copy is produced for the approver.").ProducesProblem(404).ProducesProblem(422);
        api.MapGet(copy + "/review", ReviewAsync).RequireAuthorization(Policies.Reader)
            .WithSummary("The original and the redacted copy side by side, paragraph by paragraph, with the withheld passages marked.")
            .ProducesProblem(404).ProducesProblem(422);
        api.MapPost(copy + "/approval", DecideAsync).RequireAuthorization(Policies.Approver)
            .WithSummary("Approve the redacted copy, or reject it with a reason, declaring any conflict of interest, as for a notice.")
            .Accepts<ContractCopyApprovalRequest>("application/json").ProducesProblem(400).ProducesProblem(404).ProducesProblem(415).ProducesProblem(422);
        api.MapGet("/contract-copy-approvals", ApprovalsAsync).RequireAuthorization(Policies.Approver)
            .WithTags("Approvals").WithSummary("Redacted contract copies waiting for approval, oldest first.");
        endpoints.MapGet(PublishedPath + "/{procurementId}/{fileName}", PublishedAsync).AllowAnonymous().WithTags("Contract copies")
            .WithSummary("A published (redacted) contract copy, as the notices reference it.").ProducesProblem(404);
    }

    /// <summary>Where published copies are served; the notices' documents point here.</summary>
    public const string PublishedPath = "/api/contract-copies";

    private static async Task<IResult> ListAsync(string id, WorkflowRuntime workflow, CancellationToken cancellationToken)
    {
        var view = ProcurementId.IsWellFormed(id) ? await workflow.Queries.ProcurementAsync(new ProcurementId(id), cancellationToken).ConfigureAwait(false) : null;
        return view is null ? Problems.NotFound($"procurement '{id}'") : Results.Json(view.State.ContractCopies.Values, ApiJson.Options);
    }

    private static async Task<IResult> UploadAsync(
        string id, string copyKey, string? fileName, HttpContext http, ClaimsPrincipal user, ContractCopyUploads uploads, TimeProvider clock, IIdSource ids)
    {
        // The app bounds bodies at 1 MB; a contract may be 100 MB, streamed straight to storage.
        http.Features.Get<IHttpMaxRequestBodySizeFeature>()!.MaxRequestBodySize = ContractCopyUploads.MaxRequestBytes;
        if (http.Request.ContentLength > ContractCopyUploads.MaxRequestBytes)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, "File too large", ContractCopyUploads.TooLargeMessage);
        }

        var name = fileName ?? (ContentDispositionHeaderValue.TryParse(http.Request.Headers.ContentDisposition.ToString(), out var disposition)
            ? (disposition.FileNameStar.Value ?? disposition.FileName.Value)?.Trim('"')
            : null);
        if (string.IsNullOrWhiteSpace(name))
        {
            return Problems.Validation("fileName", "Give the file's name (?fileName=contract.docx), so the record says which file was uploaded");
        }

        if (ContractCopyUploads.Claimed(http.Request.ContentType, null) is not { } claimed)
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"The body is '{http.Request.ContentType ?? "nothing"}'. {ContractCopyUploads.UnsupportedTypeMessage}");
        }

        UploadOutcome outcome;
        try
        {
            outcome = await uploads.UploadAsync(id, copyKey, http.Request.Body, claimed, name, Context(user, clock, ids), http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, "File too large", ContractCopyUploads.TooLargeMessage);
        }

        return Answer(outcome, id, copyKey);
    }

    private static async Task<IResult> SuggestionsAsync(string id, string copyKey, ContractCopyUploads uploads, ContractOriginalStore originals, CancellationToken cancellationToken)
    {
        var (copy, problem) = await uploads.FindAsync(id, copyKey, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return Answer(problem, id, copyKey);
        }

        if (copy!.Upload is not { } upload)
        {
            return Refused("copyKey", "Upload the signed contract first.");
        }

        var file = await originals.OpenAsync(upload.BlobName, upload.Format, cancellationToken).ConfigureAwait(false);
        var suggestions = ContractRedactor.Suggest(file).Select(s => new SuggestionView(
            s.Kind.ToString(), s.Text, s.Ground, new RedactionPlace(s.Location.Part, s.Location.Page, s.Location.Paragraph), s.Location.ToString()));
        return Results.Json(suggestions, ApiJson.Options);
    }

    private static async Task<IResult> ChooseAsync(string id, string copyKey, HttpRequest request, ClaimsPrincipal user, WorkflowRuntime workflow, TimeProvider clock, IIdSource ids)
    {
        var (body, problem) = await JsonBody.ReadAsync<RedactionsRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Redactions is null)
        {
            return Problems.Validation("redactions", "Give the passages to withhold as a list (an empty list withholds nothing)");
        }

        var chosen = new List<ChosenRedaction>();
        for (var i = 0; i < body.Redactions.Count; i++)
        {
            var r = body.Redactions[i];
            if (r.Ground is null)
            {
                return Problems.Validation($"redactions[{i}].ground", "Choose the ground: PersonalData, CommerciallySensitive, NationalSecurity or ProtectedConnectedPerson");
            }

            chosen.Add(new ChosenRedaction(r.Text ?? "", r.Ground.Value, r.Source ?? RedactionSource.Own, r.OnlyAt));
        }

        return await SendAsync(id, request, workflow, new ChooseContractCopyRedactions(Context(user, clock, ids), copyKey, chosen)).ConfigureAwait(false);
    }

    private static Task<IResult> SubmitAsync(string id, string copyKey, HttpRequest request, ClaimsPrincipal user, WorkflowRuntime workflow, TimeProvider clock, IIdSource ids) =>
        SendAsync(id, request, workflow, new SubmitContractCopy(Context(user, clock, ids), copyKey));

    private static async Task<IResult> ReviewAsync(string id, string copyKey, ContractCopyUploads uploads, ContractOriginalStore originals, CancellationToken cancellationToken)
    {
        var (copy, problem) = await uploads.FindAsync(id, copyKey, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return Answer(problem, id, copyKey);
        }

        return copy!.Upload is null
            ? Refused("copyKey", "Nothing has been uploaded for this contract copy yet.")
            : Results.Json(await ContractCopyReview.BuildAsync(originals, copy, cancellationToken).ConfigureAwait(false), ApiJson.Options);
    }

    private static async Task<IResult> DecideAsync(string id, string copyKey, HttpRequest request, ClaimsPrincipal user, WorkflowRuntime workflow, TimeProvider clock, IIdSource ids)
    {
        var (body, problem) = await JsonBody.ReadAsync<ContractCopyApprovalRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var context = Context(user, clock, ids, body!.Reason);
        var (command, invalid) = ApprovalDecisionRequest.ToCommand(
            body.Decision, body.Reason, body.ConflictOfInterest, "contract copy",
            details => new DeclareContractCopyConflict(context, copyKey, details),
            () => new ApproveContractCopy(context, copyKey, body.NoConflictOfInterest == true, body.PublicInterestReasoning),
            reason => new RejectContractCopy(context, copyKey, reason, body.NoConflictOfInterest == true)).ForApi();
        return invalid ?? await SendAsync(id, request, workflow, command!).ConfigureAwait(false);
    }

    private static async Task<IResult> ApprovalsAsync(string? continuation, WorkflowRuntime workflow, CancellationToken cancellationToken) =>
        Results.Json(
            await workflow.Queries.PendingContractCopyApprovalsAsync(continuation: continuation, cancellationToken: cancellationToken).ConfigureAwait(false),
            ApiJson.Options);

    private static async Task<IResult> PublishedAsync(string procurementId, string fileName, PublishedContractCopies published, CancellationToken cancellationToken)
    {
        if (!ProcurementId.IsWellFormed(procurementId) || PublishedFileName().Match(fileName) is not { Success: true } match)
        {
            return Problems.NotFound("published contract copy here");
        }

        var stream = await published.Container.OpenReadAsync($"{procurementId}/{fileName}", cancellationToken).ConfigureAwait(false);
        return stream is null
            ? Problems.NotFound("published contract copy here")
            : Results.Stream(stream, ContractFormats.MediaType(Format(match.Groups[2].Value)), fileName);
    }

    private static ContractFileFormat Format(string extension) => extension switch
    {
        "docx" => ContractFileFormat.Docx,
        "pdf" => ContractFileFormat.Pdf,
        _ => ContractFileFormat.PlainText,
    };

    private static IResult Answer(UploadOutcome outcome, string id, string copyKey) => outcome switch
    {
        { NotFound: true } => Problems.NotFound(outcome.Field == "id" ? $"procurement '{id}'" : $"contract copy '{copyKey}' in procurement '{id}'"),
        { Problem: { } message } => Refused(outcome.Field, message),
        { Recorded: { Succeeded: true } result } => Results.Json(new ProcurementApi.CommandAccepted(result.Outcome.ToString(), result.Version, result.Events), ApiJson.Options),
        { Recorded: { } result } => Problems.From(result),
        _ => throw new InvalidOperationException("An upload outcome is either recorded or refused."),
    };

    private static IResult Refused(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused");

    private static Task<IResult> SendAsync(string id, HttpRequest request, WorkflowRuntime workflow, ProcurementCommand command) =>
        ProcurementApi.SendAsync(id, request, workflow, command);

    private static DecisionContext Context(ClaimsPrincipal user, TimeProvider clock, IIdSource ids, string? why = null) =>
        DecisionContext.For(Actors.From(user), clock, ids, why);

    // Only names the publishing activity writes: <copy key>.<docx|pdf|txt>.
    [GeneratedRegex("^([a-z0-9][a-z0-9-]{0,62})\\.(docx|pdf|txt)$")]
    private static partial Regex PublishedFileName();
}

/// <summary>Choose what to withhold: each passage with its ground, whether it was a suggestion, and for a selected passage its place.</summary>
internal sealed record RedactionsRequest(IReadOnlyList<RedactionRequest>? Redactions);

internal sealed record RedactionRequest(string? Text, WithholdingGround? Ground, RedactionSource? Source, RedactionPlace? OnlyAt);

/// <summary>A suggestion of personal data, with the place to pass back for a passage withheld only there.</summary>
internal sealed record SuggestionView(string Kind, string Text, WithholdingGround Ground, RedactionPlace Place, string Where);

/// <summary>The approval event for a contract copy, as for a notice, with the reasoning s.94(1)(b) asks for.</summary>
internal sealed record ContractCopyApprovalRequest(
    string? Decision, string? Reason, bool? NoConflictOfInterest, string? ConflictOfInterest, string? PublicInterestReasoning);

/// <summary>The published copies' container, the one the public surface reads.</summary>
internal sealed record PublishedContractCopies(IContractBlobContainer Container);
