using System.CommandLine;
using System.Globalization;
using Notices.Domain.Adoption;
using Notices.Domain.Notices;
using Notices.Domain.Time;

namespace Notices.Cli;

/// <summary>
/// <c>adopt FILE...</c>: the plan for carrying on a procurement already under way, from the releases Find a
/// Tender published for it: its notices, award, contract, the notices that may follow and what is still due.
/// A dry run: the command line has no workflow to register the procurement in, so the API does that, from the
/// same releases.
/// </summary>
public static class AdoptCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "One or more OCDS releases (or release packages of one) Find a Tender published for the procurement.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON." };
        var command = new Command(
            "adopt",
            "Plan the adoption of a procurement already under way from its published releases. Prints the plan only; "
            + "the API registers the procurement from the same releases and carries on its lifecycle.") { files, json };
        command.SetAction(result => NoticeCommands.Guard(result, output =>
        {
            var notices = result.GetRequiredValue(files).Select(path => InputFile.ReadRelease(path, "give the releases Find a Tender published for the procurement")).ToList();
            AdoptionPlan plan;
            try
            {
                plan = ProcurementAdoption.Plan(notices);
            }
            catch (AdoptionException e)
            {
                throw new BadInputException(e.Message);
            }

            output.WriteLine(result.GetValue(json) ? AdoptionPlanJson.Serialize(plan) : Describe(plan));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Describe(AdoptionPlan plan)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"Procurement {plan.Ocid}: {plan.Title ?? "(no title published)"}");
        var buyerId = plan.Buyer?.Identifier?.PartyId;
        text.WriteLine($"Buyer: {plan.Buyer?.Name ?? "(not named)"}{(buyerId is null ? string.Empty : $" ({buyerId})")}");
        text.WriteLine("Notices published:");
        foreach (var notice in plan.Notices)
        {
            var shown = notice.Drafted ? string.Empty : " (read only: this product does not draft it)";
            text.WriteLine($"  {UkTime.DateOf(notice.Published):yyyy-MM-dd}  {notice.NoticeId}  {notice.Type} {notice.Name}{shown}");
        }

        foreach (var award in plan.Awards)
        {
            var suppliers = award.SupplierIds.Select(id => plan.Suppliers.FirstOrDefault(s => s.Identifier?.PartyId == id)?.Name is { } name ? $"{name} ({id})" : id);
            text.WriteLine($"Award {award.Id}: {EnumName(award.Status)}{Amount(award.Value)}; {string.Join(", ", suppliers)}");
        }

        if (plan.Contract is { } contract)
        {
            var ends = contract.Period?.EndDate is { } end ? $", ends {DateOnly.FromDateTime(end.DateTime):yyyy-MM-dd}" : string.Empty;
            text.WriteLine($"Contract {contract.Id}{Amount(contract.Value)}{ends}");
        }

        text.WriteLine(plan.NextNotices.Count == 0 ? "Next notice: none follows." : $"Next notice: {string.Join(" or ", plan.NextNotices)}");
        text.WriteLine(plan.Obligations.Count == 0 ? "Still to do: nothing." : "Still to do:");
        foreach (var obligation in plan.Obligations)
        {
            var due = obligation.Due is { } day ? $"by {day:yyyy-MM-dd}{(obligation.Estimated ? " (estimated)" : string.Empty)}" : "when it happens";
            text.WriteLine($"  {due}: {obligation.What} ({obligation.Section})");
        }

        foreach (var warning in plan.Warnings)
        {
            text.WriteLine($"warning: {warning}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Amount(Money? value) => value?.AmountGross is { } gross
        ? string.Create(CultureInfo.GetCultureInfo("en-GB"), $", {gross:C} including VAT")
        : string.Empty;

    private static string EnumName(AwardStatus status) => status.ToString().ToLowerInvariant();
}
