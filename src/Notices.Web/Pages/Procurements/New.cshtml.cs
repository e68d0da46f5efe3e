using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Api;
using Notices.Web.Forms;
using Notices.Api.Security;
using Notices.Domain.Procurement;
using Procedure = Notices.Domain.Notices.Procedure;
using Notices.Web.Api;

namespace Notices.Web.Pages.Procurements;

/// <summary>Register a procurement for the authority: what is bought, how, its value and its lots.</summary>
[Authorize(Policy = Policies.Commissioner)]
internal sealed class RegisterModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    /// <summary>The lot rows the form offers; rows left empty are not lots.</summary>
    public const int LotRows = 3;

    public static IReadOnlyList<FieldOption> Procedures { get; } = Labels.Options<Procedure>(Labels.Of);

    public static IReadOnlyList<FieldOption> Natures { get; } = Labels.Options<ContractNature>(Labels.Of);

    public static IReadOnlyList<FieldOption> Regimes { get; } = Labels.Options<SpecialRegime>(Labels.Of);

    /// <summary>The questions, then each lot row's title and value, as the page shows them.</summary>
    public override IReadOnlyList<string> InputOrder { get; } = FieldIds.InOrder(
    [
        ("title", FieldKind.Text), ("estimatedValue", FieldKind.Number), ("procedure", FieldKind.Radios), ("nature", FieldKind.Radios), ("regime", FieldKind.Radios),
        .. Enumerable.Range(0, LotRows).SelectMany(i => new[] { ($"lots[{i}].title", FieldKind.Text), ($"lots[{i}].estimatedValue", FieldKind.Number) }),
    ]);

    public void OnGet() => Values.Set("regime", nameof(SpecialRegime.None));

    public async Task<IActionResult> OnPostAsync()
    {
        Values = FormValues.From(Request.Form);
        if (string.IsNullOrWhiteSpace(Options.BuyerId) || string.IsNullOrWhiteSpace(Options.BuyerName))
        {
            Errors.Add("title", AuthorityOptions.NotSetText);
            return Page();
        }

        var title = Input.Text("title");
        var value = Input.Decimal("estimatedValue", "Estimated value");
        if (title is null)
        {
            Errors.Add("title", "Enter a title for the procurement");
        }

        if (value is null && Errors.For("estimatedValue") is null)
        {
            Errors.Add("estimatedValue", "Enter the estimated value in pounds, including VAT");
        }

        var procedure = Choice<Procedure>("procedure", "Select the procedure");
        var nature = Choice<ContractNature>("nature", "Select whether the contract is mainly for goods, services or works");
        var regime = Enum.TryParse<SpecialRegime>(Values.Text("regime"), out var r) && Enum.IsDefined(r) ? r : SpecialRegime.None;
        var (lots, rows) = ReadLots();
        if (Errors.Any)
        {
            return Page();
        }

        var (result, id) = await Api.RegisterAsync(
            new RegisterProcurementRequest(Options.BuyerId, Options.BuyerName, title, value, procedure, nature, regime, lots), Aborted);
        if (!result.Succeeded || id is null)
        {
            Refused(result, field => AnchorFor(field, rows));
            return Page();
        }

        return RedirectToPage("/Procurements/Show", new { id });
    }

    private TEnum? Choice<TEnum>(string name, string message)
        where TEnum : struct, Enum
    {
        if (Enum.TryParse<TEnum>(Values.Text(name), out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        Errors.Add(name, message);
        return null;
    }

    // The rows with anything in them, numbered in order, and which row each came from.
    private (List<LotRequest> Lots, List<int> Rows) ReadLots()
    {
        var lots = new List<LotRequest>();
        var rows = new List<int>();
        for (var row = 0; row < LotRows; row++)
        {
            var title = Input.Text($"lots[{row}].title");
            var value = Input.Decimal($"lots[{row}].estimatedValue", $"The estimated value of lot {row + 1}");
            if (title is null && Values.Text($"lots[{row}].estimatedValue") is null)
            {
                continue;
            }

            lots.Add(new LotRequest(lots.Count + 1, title ?? "", value ?? 0));
            rows.Add(row);
        }

        return (lots, rows);
    }

    // The workflow names lots by their place in the list it was given; the form by their row.
    private static string AnchorFor(string? field, List<int> rows)
    {
        if (field is null || field == "buyerId" || field == "buyerName")
        {
            return "title";
        }

        if (field.StartsWith("lots[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var end and > 5
            && int.TryParse(field.AsSpan(5, end - 5), out var index) && index < rows.Count)
        {
            var rest = field[(end + 1)..];
            return $"lots[{rows[index]}]" + (rest == ".number" ? ".title" : rest);
        }

        return field;
    }
}
