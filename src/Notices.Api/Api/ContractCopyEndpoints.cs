using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Notices.Api.ContractCopies;
using Notices.Api.Security;
using Notices.Domain.Contracts;
using Notices.Redaction;
using Notices.Storage.Contracts;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.State;

namespace Notices.Api;

/// <summary>
/// Contract copies over the JSON API: upload the signed contract (the request body is the file, streamed to the
/// private originals container), read the suggestions, choose the redactions, submit, review side by side, and
/// decide as an approver. Published copies are served from the published container only; nothing here ever
/// reads an original out to a client.
/// </summary>
internal static partial class ContractCopyEndpoints
{
    public static void MapContractCopyEndpoints(this RouteGroupBuilder api)
    {
        var copies = api.MapGroup("/procurements/{id}/contract-copies").WithTags("Contract copies");
        copies.MapGet("", ListAsync).WithName(ApiFunctionNames.ListContractCopies).RequireAuthorization(Policies.Reader)
            .WithSummary("The procurement's contract copies: due, uploaded, under review or published.")
            .Produces<IReadOnlyList<ContractCopyState>>().ProducesProblem(StatusCodes.Status404NotFound);
        NoticeEndpoints.Command(copies.MapPut("/{copyKey}/original", UploadAsync).WithName(ApiFunctionNames.UploadContractCopy).RequireAuthorization(Policies.Commissioner)
            .WithSummary($"Upload the signed contract: the body is the file (DOCX, PDF or plain text, up to {ContractUploadLimit.InWords}), streamed to private storage; its Content-Type is the type it claims, checked against its content; ?fileName= names it."));
        copies.MapGet("/{copyKey}/suggestions", SuggestionsAsync).WithName(ApiFunctionNames.GetRedactionSuggestions).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Personal data found in the uploaded contract, to accept or leave.")
            .Produces<IReadOnlyList<SuggestionView>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        NoticeEndpoints.Command(copies.MapPut("/{copyKey}/redactions", ChooseAsync).WithName(ApiFunctionNames.ChooseRedactions).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Choose what to withhold, each passage with its ground; an empty list withholds nothing.").Accepts<RedactionsRequest>("application/json"));
        NoticeEndpoints.Command(copies.MapPost("/{copyKey}/submission", SubmitAsync).WithName(ApiFunctionNames.SubmitContractCopy).RequireAuthorization(Policies.Commissioner)
            .WithSummary("Submit the copy for approval; the redacted copy is produced for the approver."));
        copies.MapGet("/{copyKey}/review", ReviewAsync).WithName(ApiFunctionNames.ReviewContractCopy).RequireAuthorization(Policies.Reader)
            .WithSummary("The original and the redacted copy side by side, paragraph by paragraph, with the withheld passages and their markers marked.")
            .Produces<ContractCopyReview>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        NoticeEndpoints.Command(copies.MapPost("/{copyKey}/approval", DecideAsync).WithName(ApiFunctionNames.DecideContractCopy).RequireAuthorization(Policies.Approver)
            .WithSummary("Raise the approval event, as for a notice: approve (with the public-interest reasoning when anything is commercially sensitive), reject with a reason, or declare a conflict of interest.")
            .Accepts<ContractCopyApprovalRequest>("application/json"));
        api.MapGet("/contract-copy-approvals", ApprovalsAsync).WithName(ApiFunctionNames.ListContractCopyApprovals).RequireAuthorization(Policies.Approver).WithTags("Approvals")
            .WithSummary($"Redacted contract copies waiting for approval, oldest first, a page at a time ({QueryValues.MaxText}).")
            .Produces<Page<PendingContractCopyApproval>>().ProducesValidationProblem();
        api.MapGet(PublishedRoute + "/{id}/{fileName}", PublishedAsync).WithName(ApiFunctionNames.GetPublishedContractCopy).AllowAnonymous().WithTags("Contract copies")
            .WithSummary("A published (redacted) contract copy, as the notices reference it. Only the published container is ever read here.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private const string PublishedRoute = "/contract-copies";

    /// <summary>Where published copies are served; the notices' documents point here.</summary>
    public const string PublishedPath = ApiEndpoints.Prefix + PublishedRoute;

    private static async Task<IResult> ListAsync(string id, ProcurementWorkflow workflow, CancellationToken cancellationToken)
    {
        var view = ProcurementId.IsWellFormed(id) ? await workflow.Queries.ProcurementAsync(new ProcurementId(id), cancellationToken).ConfigureAwait(false) : null;
        return view is null ? Problems.NotFound($"procurement '{id}'") : TypedResults.Ok(view.State.ContractCopies.Values.ToList());
    }

    private static async Task<IResult> UploadAsync(
        string id, string copyKey, string? fileName, HttpContext http, ClaimsPrincipal user, ContractCopyUploads uploads, ApiCommands commands)
    {
        if ((await uploads.FindAsync(id, copyKey, http.RequestAborted).ConfigureAwait(false)).Problem is { } missing)
        {
            return Answer(missing, id, copyKey);
        }

        // The app bounds bodies at RequestBodyLimit.MaxBytes; a contract may be far larger, streamed straight to storage.
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
            outcome = await uploads.UploadAsync(id, copyKey, http.Request.Body, claimed, name, commands.Context(user), http.RequestAborted).ConfigureAwait(false);
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
        return TypedResults.Ok(suggestions.ToList());
    }

    private static async Task<IResult> ChooseAsync(string id, string copyKey, HttpRequest request, ClaimsPrincipal user, ApiCommands commands)
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

        return await commands.SendAsync(id, new ChooseContractCopyRedactions(commands.Context(user), copyKey, chosen), request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static Task<IResult> SubmitAsync(string id, string copyKey, ClaimsPrincipal user, ApiCommands commands, CancellationToken cancellationToken) =>
        commands.SendAsync(id, new SubmitContractCopy(commands.Context(user), copyKey), cancellationToken);

    private static async Task<IResult> ReviewAsync(string id, string copyKey, ContractCopyUploads uploads, ContractOriginalStore originals, CancellationToken cancellationToken)
    {
        var (copy, problem) = await uploads.FindAsync(id, copyKey, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return Answer(problem, id, copyKey);
        }

        return copy!.Upload is null
            ? Refused("copyKey", "Nothing has been uploaded for this contract copy yet.")
            : TypedResults.Ok(await ContractCopyReview.BuildAsync(originals, copy, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> DecideAsync(string id, string copyKey, HttpRequest request, ClaimsPrincipal user, ApiCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<ContractCopyApprovalRequest>(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var reason = body!.Reason?.Trim();
        var context = commands.Context(user, string.IsNullOrEmpty(reason) ? null : reason);
        var (command, invalid) = ApprovalDecisionRequest.ToCommand(
            body.Decision, reason, body.ConflictOfInterest, "contract copy",
            details => new DeclareContractCopyConflict(context, copyKey, details),
            () => new ApproveContractCopy(context, copyKey, body.NoConflictOfInterest == true, body.PublicInterestReasoning),
            reason => new RejectContractCopy(context, copyKey, reason, body.NoConflictOfInterest == true)).ForApi();
        return invalid ?? await commands.SendAsync(id, command!, request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> ApprovalsAsync(string? max, string? continuation, ProcurementWorkflow workflow, CancellationToken cancellationToken)
    {
        var (size, badMax) = QueryValues.Max(max);
        return badMax
            ?? TypedResults.Ok(await workflow.Queries.PendingContractCopyApprovalsAsync(max: size, continuation: continuation, cancellationToken: cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> PublishedAsync(string id, string fileName, PublishedContractCopies published, CancellationToken cancellationToken)
    {
        if (!ProcurementId.IsWellFormed(id) || PublishedFileName().Match(fileName) is not { Success: true } match)
        {
            return Problems.NotFound("published contract copy here");
        }

        var stream = await published.Container.OpenReadAsync($"{id}/{fileName}", cancellationToken).ConfigureAwait(false);
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
        { Recorded: { Succeeded: true } result } => TypedResults.Ok(new CommandAccepted(result.Outcome.ToString(), result.Version, result.Events)),
        { Recorded: { } result } => Problems.From(result),
        _ => throw new InvalidOperationException("An upload outcome is either recorded or refused."),
    };

    private static IResult Refused(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused");

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
