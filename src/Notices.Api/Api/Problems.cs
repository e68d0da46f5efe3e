using Notices.Workflow.Runtime;

namespace Notices.Api;

/// <summary>RFC 9457 problem details, each naming the field that is wrong where there is one.</summary>
internal static class Problems
{
    public static IResult Status(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title);

    public static IResult Validation(string field, string message) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            detail: message,
            title: "The request is not valid");

    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, detail: errors.First().Value[0], title: "The request is not valid");

    /// <summary>What a person is told when their request was received but not yet decided.</summary>
    public const string ReceivedText = "Your request was received and is still being worked on. The procurement's page shows the outcome in a moment.";

    public static IResult NotFound(string what) =>
        Status(StatusCodes.Status404NotFound, "Not found", $"There is no {what}.");

    /// <summary>
    /// A command the workflow has not accepted: refused (422, with each problem under its field), or received but not
    /// yet decided when the wait ended (202: the procurement shows the outcome when it is decided).
    /// </summary>
    public static IResult From(CommandResult result)
    {
        if (result.Outcome == CommandOutcome.Received)
        {
            return Status(StatusCodes.Status202Accepted, "Received", ReceivedText);
        }

        var errors = result.Problems
            .GroupBy(p => p.Field ?? "procurement")
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        return Results.ValidationProblem(
            errors,
            detail: result.Problems.Count > 0 ? result.Problems[0].Message : null,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Refused");
    }
}
