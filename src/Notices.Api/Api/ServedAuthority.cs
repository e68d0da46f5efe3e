using Microsoft.Extensions.Options;
using Notices.Workflow.Procurements;

namespace Notices.Api;

/// <summary>
/// The one check that a request is for the authority this deployment serves: a command or list for another buyer is
/// refused (422 naming <c>buyerId</c> and saying which authority is served); without a buyer a list is the authority's own.
/// </summary>
internal sealed class ServedAuthority(IOptions<AuthorityOptions> options)
{
    public const string Field = "buyerId";

    public AuthorityOptions Authority => options.Value;

    /// <summary>503 when no authority is set: nothing can be done for one until an administrator sets it.</summary>
    public IResult? NotSet() =>
        Authority.IsSet ? null : Problems.Status(StatusCodes.Status503ServiceUnavailable, "No contracting authority set", AuthorityOptions.NotSetText);

    /// <summary>Why <paramref name="buyerId"/> is not served here, or null when it is this deployment's authority.</summary>
    public string? WhyNot(string buyerId) =>
        string.Equals(buyerId.Trim(), Authority.BuyerId, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"This service is {Authority.BuyerName}'s ({Authority.BuyerId}); it does not keep procurements of the buyer '{buyerId.Trim()}'. Give buyerId {Authority.BuyerId}, or leave it out.";

    /// <summary>A command's buyer checked: a problem to answer with, or null to go ahead.</summary>
    public IResult? Refuse(string buyerId) =>
        NotSet() ?? (WhyNot(buyerId) is { } why ? Refused(why) : null);

    /// <summary>The buyer whose list to give: the authority's own when none is given; a problem for another buyer.</summary>
    public (string BuyerId, IResult? Problem) ForList(string? buyerId)
    {
        if (NotSet() is { } notSet)
        {
            return ("", notSet);
        }

        return string.IsNullOrWhiteSpace(buyerId)
            ? (Authority.BuyerId, null)
            : WhyNot(buyerId) is { } why ? ("", Refused(why)) : (Authority.BuyerId, null);
    }

    /// <summary>The same check for a command the workflow builds (an adoption reads its buyer from the releases).</summary>
    public Problem? Admit(string buyerId) =>
        !Authority.IsSet ? new Problem(AuthorityOptions.NotSetText, Field) : WhyNot(buyerId) is { } why ? new Problem(why, Field) : null;

    private static IResult Refused(string why) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [Field] = [why] }, detail: why, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused");
}
