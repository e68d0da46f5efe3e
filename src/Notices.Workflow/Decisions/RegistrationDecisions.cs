using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Decisions;

internal static class RegistrationDecisions
{
    public static Decision Register(RegisterProcurement c)
    {
        if (Permissions.RequireCommissioner(c.Context, "register a procurement") is { } refused)
        {
            return refused;
        }

        var problems = Check(c);
        return problems.Count > 0
            ? Decision.Refuse(problems)
            : Decision.Accept(new ProcurementRegistered(
                c.Context, c.BuyerId.Trim(), c.BuyerName.Trim(), c.Title.Trim(), c.EstimatedValue, c.Procedure, c.Nature,
                c.Regime, c.Lots));
    }

    private static List<Problem> Check(RegisterProcurement c)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(c.BuyerId) || c.BuyerId.Length > CommandLimits.OrganisationId
            || c.BuyerId.Any(ch => ch is '/' or '\\' or '#' or '?' || char.IsControl(ch)))
        {
            problems.Add(new Problem(
                $"Enter the buyer's identifier (up to {CommandLimits.OrganisationId} characters, without / \\ # or ?).", "buyerId"));
        }

        if (string.IsNullOrWhiteSpace(c.BuyerName))
        {
            problems.Add(new Problem("Enter the buyer's name.", "buyerName"));
        }

        if (string.IsNullOrWhiteSpace(c.Title))
        {
            problems.Add(new Problem("Enter a title for the procurement.", "title"));
        }
        else if (c.Title.Length > CommandLimits.Title)
        {
            problems.Add(new Problem($"The title must be {CommandLimits.Title} characters or fewer.", "title"));
        }

        if (c.EstimatedValue <= 0)
        {
            problems.Add(new Problem("Enter the estimated value in pounds, including VAT; it must be more than £0.", "estimatedValue"));
        }

        if (!Enum.IsDefined(c.Procedure))
        {
            problems.Add(new Problem("Choose the procedure: open, competitive flexible or direct award.", "procedure"));
        }

        problems.AddRange(CheckLots(c.Lots));
        return problems;
    }

    private static IEnumerable<Problem> CheckLots(IReadOnlyList<Lot> lots)
    {
        for (var i = 0; i < lots.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lots[i].Title))
            {
                yield return new Problem($"Enter a title for lot {lots[i].Number}.", $"lots[{i}].title");
            }

            if (lots[i].EstimatedValue <= 0)
            {
                yield return new Problem($"Enter the estimated value of lot {lots[i].Number}; it must be more than £0.", $"lots[{i}].estimatedValue");
            }

            if (lots.Take(i).Any(earlier => earlier.Number == lots[i].Number))
            {
                yield return new Problem($"Lot number {lots[i].Number} is used twice; each lot needs its own number.", $"lots[{i}].number");
            }
        }
    }
}
