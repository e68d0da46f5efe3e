using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Notices.Api;
using Notices.Api.Published;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Runtime;
using Notices.Api.ContractCopies;

namespace Notices.Web.Api;

/// <summary>
/// The JSON API as the forms use it: every read and every command goes over HTTP to the API, as the signed-in person
/// (see <see cref="SignedInPersonForwarding"/>). The request and answer shapes are the API's own records, so the two
/// cannot disagree about a field's name. A missing procurement reads as null; a refusal comes back as the problems
/// the API named, for the page to show against its fields.
/// </summary>
internal sealed class NoticesApiClient(HttpClient http)
{
    // Reads

    /// <summary>The procurement and its timeline, or null when there is no such procurement.</summary>
    public async Task<ProcurementHistory?> HistoryAsync(string id, CancellationToken cancellationToken)
    {
        if (!ProcurementId.IsWellFormed(id))
        {
            return null;
        }

        var timeline = await GetAsync<IReadOnlyList<TimelineEntry>>(Procurement(id) + "/timeline", cancellationToken).ConfigureAwait(false);
        return timeline is null ? null : ProcurementHistory.From(new ProcurementId(id), timeline);
    }

    public async Task<Page<ProcurementSummary>> ProcurementsAsync(int max, string? continuation, CancellationToken cancellationToken) =>
        await RequiredAsync<Page<ProcurementSummary>>(Paged("procurements", max, continuation), cancellationToken).ConfigureAwait(false);

    /// <summary>Notices waiting for an approver.</summary>
    public async Task<Page<PendingApproval>> ApprovalsAsync(int max, string? continuation, CancellationToken cancellationToken) =>
        await RequiredAsync<Page<PendingApproval>>(Paged("approvals", max, continuation) + "&role=Approver", cancellationToken).ConfigureAwait(false);

    public async Task<Page<PendingContractCopyApproval>> ContractCopyApprovalsAsync(int max, string? continuation, CancellationToken cancellationToken) =>
        await RequiredAsync<Page<PendingContractCopyApproval>>(Paged("contract-copy-approvals", max, continuation), cancellationToken).ConfigureAwait(false);

    public async Task<Page<ContractRecord>> ContractsAsync(int max, string? continuation, CancellationToken cancellationToken) =>
        await RequiredAsync<Page<ContractRecord>>(Paged("contracts", max, continuation), cancellationToken).ConfigureAwait(false);

    public async Task<Page<PublishedNotice>> PublishedNoticesAsync(int max, string? continuation, CancellationToken cancellationToken) =>
        await RequiredAsync<Page<PublishedNotice>>(Paged("published-notices", max, continuation), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Open and overdue obligations due from <paramref name="from"/> to <paramref name="to"/>, soonest first: asked a
    /// window at a time, as the API answers for at most <see cref="ObligationRange.ListMaxDays"/> days at once.
    /// </summary>
    public async Task<IReadOnlyList<ObligationView>> ObligationsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var all = new List<ObligationView>();
        for (var start = from; start <= to; start = start.AddDays(ObligationRange.ListMaxDays + 1))
        {
            var end = Min(start.AddDays(ObligationRange.ListMaxDays), to);
            all.AddRange(await RequiredAsync<IReadOnlyList<ObligationView>>($"obligations?from={Day(start)}&to={Day(end)}", cancellationToken).ConfigureAwait(false));
        }

        return all;
    }

    /// <summary>A published notice's OCDS release as the API gives it, or null when it is not published.</summary>
    public async Task<string?> ReleaseAsync(string id, string noticeKey, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri($"{Procurement(id)}/notices/{Escape(noticeKey)}/release", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : await (await SuccessfulAsync(response, cancellationToken).ConfigureAwait(false)).Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The personal data the service found in an uploaded contract, or null when there is no such copy.</summary>
    public Task<IReadOnlyList<SuggestionView>?> SuggestionsAsync(string id, string copyKey, CancellationToken cancellationToken) =>
        GetAsync<IReadOnlyList<SuggestionView>>($"{ContractCopy(id, copyKey)}/suggestions", cancellationToken);

    /// <summary>The uploaded contract and its redacted copy side by side, or null when there is no such copy.</summary>
    public Task<ContractCopyReview?> ReviewAsync(string id, string copyKey, CancellationToken cancellationToken) =>
        GetAsync<ContractCopyReview>($"{ContractCopy(id, copyKey)}/review", cancellationToken);

    /// <summary>A GET of <paramref name="path"/> (under the API's prefix) read as <typeparamref name="T"/>; null when the API answers 404.</summary>
    private async Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var answered = await SuccessfulAsync(response, cancellationToken).ConfigureAwait(false);
        return await answered.Content.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken).ConfigureAwait(false);
    }

    // Commands

    /// <summary>Registers a procurement; its id once it is registered.</summary>
    public async Task<(CommandResult Result, string? Id)> RegisterAsync(RegisterProcurementRequest request, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(new Uri("procurements", UriKind.Relative), request, ApiJson.Options, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return (await ApiAnswers.CommandAsync(response, cancellationToken).ConfigureAwait(false), null);
        }

        var created = await response.Content.ReadFromJsonAsync<ProcurementCreated>(ApiJson.Options, cancellationToken).ConfigureAwait(false);
        return (new CommandResult(CommandOutcome.Accepted, created!.Version, [], []), created.Id);
    }

    public Task<CommandResult> DraftNoticeAsync(string id, DraftNoticeRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Procurement(id)}/notices", request, cancellationToken);

    public Task<CommandResult> AmendNoticeAsync(string id, string noticeKey, AmendNoticeRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"{Procurement(id)}/notices/{Escape(noticeKey)}", request, cancellationToken);

    public Task<CommandResult> SubmitNoticeAsync(string id, string noticeKey, CancellationToken cancellationToken) =>
        SendAsync<object?>(HttpMethod.Post, $"{Procurement(id)}/notices/{Escape(noticeKey)}/submission", null, cancellationToken);

    public Task<CommandResult> DecideNoticeAsync(string id, string noticeKey, ApprovalRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Procurement(id)}/notices/{Escape(noticeKey)}/approval", request, cancellationToken);

    public Task<CommandResult> AwardAsync(string id, AwardRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Procurement(id)}/award", request, cancellationToken);

    public Task<CommandResult> ContractEnteredAsync(string id, ContractEnteredRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Procurement(id)}/contract", request, cancellationToken);

    public Task<CommandResult> ContractChangeAsync(string id, ContractChangeRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Procurement(id)}/contract/changes", request, cancellationToken);

    public Task<CommandResult> ContractEndedAsync(string id, ContractEndedRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Procurement(id)}/contract/ending", request, cancellationToken);

    public Task<CommandResult> RetryAsync(string id, string workId, CancellationToken cancellationToken) =>
        SendAsync<object?>(HttpMethod.Post, $"{Procurement(id)}/failed-work/{Escape(workId)}/retry", null, cancellationToken);

    /// <summary>
    /// Streams a signed contract to the API as the request body, never holding it whole: the API streams it on to
    /// the private originals container.
    /// </summary>
    public async Task<CommandResult> UploadContractCopyAsync(
        string id, string copyKey, Stream file, string contentType, string fileName, CancellationToken cancellationToken)
    {
        using var content = new StreamContent(file);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"{ContractCopy(id, copyKey)}/original?fileName={Escape(fileName)}", UriKind.Relative))
        {
            Content = content,
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return await ApiAnswers.CommandAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public Task<CommandResult> ChooseRedactionsAsync(string id, string copyKey, RedactionsRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"{ContractCopy(id, copyKey)}/redactions", request, cancellationToken);

    public Task<CommandResult> SubmitContractCopyAsync(string id, string copyKey, CancellationToken cancellationToken) =>
        SendAsync<object?>(HttpMethod.Post, $"{ContractCopy(id, copyKey)}/submission", null, cancellationToken);

    public Task<CommandResult> DecideContractCopyAsync(string id, string copyKey, ContractCopyApprovalRequest request, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{ContractCopy(id, copyKey)}/approval", request, cancellationToken);

    // The API's paths, relative to its base address (which ends /api/).

    private static string Procurement(string id) => $"procurements/{Escape(id)}";

    private static string ContractCopy(string id, string copyKey) => $"{Procurement(id)}/contract-copies/{Escape(copyKey)}";

    private static string Paged(string path, int max, string? continuation) =>
        $"{path}?max={max.ToString(CultureInfo.InvariantCulture)}" + (continuation is null ? "" : $"&continuation={Escape(continuation)}");

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private async Task<T> RequiredAsync<T>(string path, CancellationToken cancellationToken)
        where T : class =>
        await GetAsync<T>(path, cancellationToken).ConfigureAwait(false)
        ?? throw new HttpRequestException($"The API has no {path}.", null, HttpStatusCode.NotFound);

    private async Task<CommandResult> SendAsync<TBody>(HttpMethod method, string path, TBody body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            // A command without a body still says it is JSON, as the API asks of every write.
            Content = JsonContent.Create(body, options: ApiJson.Options),
        };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ApiAnswers.CommandAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<HttpResponseMessage> SuccessfulAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.IsSuccessStatusCode ? response : throw await ApiAnswers.UnexpectedAsync(response, cancellationToken).ConfigureAwait(false);
}
