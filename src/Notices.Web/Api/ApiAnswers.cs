using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Notices.Api;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;

namespace Notices.Web.Api;

/// <summary>
/// What the API answered a command, as the pages' <see cref="CommandResult"/>: the events it recorded, its refusal
/// (422, or a 400 naming the request's field) as problems under their fields, or "received, not yet decided" (202).
/// Anything else (sign-in lost, the API down) is not the person's to put right, so it is thrown.
/// </summary>
internal static class ApiAnswers
{
    /// <summary>The key the API files a refusal under when the workflow names no field.</summary>
    private const string NoField = "procurement";

    public static async Task<CommandResult> CommandAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK or HttpStatusCode.Created:
                var accepted = await response.Content.ReadFromJsonAsync<CommandAccepted>(ApiJson.Options, cancellationToken).ConfigureAwait(false)
                    ?? throw new HttpRequestException("The API accepted a command but answered nothing.");
                return new CommandResult(Enum.Parse<CommandOutcome>(accepted.Outcome), accepted.Version, accepted.Events, []);
            case HttpStatusCode.Accepted:
                return new CommandResult(CommandOutcome.Received, 0, [], []);
            case HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Conflict
                or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType:
                return new CommandResult(CommandOutcome.Refused, 0, [], await ProblemsAsync(response, cancellationToken).ConfigureAwait(false));
            default:
                throw await UnexpectedAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A problem details answer's messages, each under the field it names, in the order the API gave them.</summary>
    public static async Task<IReadOnlyList<Problem>> ProblemsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = await JsonDocument.ParseAsync(
            await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        var problems = new List<Problem>();
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errors.EnumerateObject())
            {
                foreach (var message in field.Value.EnumerateArray())
                {
                    problems.Add(new Problem(message.GetString() ?? "", field.Name == NoField ? null : field.Name));
                }
            }
        }

        if (problems.Count == 0)
        {
            problems.Add(new Problem(Text(root, "detail") ?? Text(root, "title") ?? "The service refused the request."));
        }

        return problems;
    }

    /// <summary>An answer the person cannot act on, with what the API said, for the error page and the log.</summary>
    public static async Task<HttpRequestException> UnexpectedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new HttpRequestException(
            $"The API answered {(int)response.StatusCode} to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {Shorten(body)}",
            null,
            response.StatusCode);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
