using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Api.Security;
using Notices.Domain.Contracts;
using Notices.Redaction;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.State;
using Notices.Web.Api;
using Notices.Api;

namespace Notices.Web.Pages.ContractCopies;

/// <summary>
/// Choose what to withhold from a copy: the personal data the service found (tick to accept), and the
/// commissioner's own phrases, each with its ground. Saving records the choice; "save and submit" also sends
/// the copy for approval, when the redacted copy is made for the approver.
/// </summary>
[Authorize(Policy = Policies.Commissioner)]
internal sealed class RedactionsModel(
    NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : ContractCopyPage(api, clock, options)
{
    /// <summary>Empty rows offered for new phrases, after those already chosen.</summary>
    public const int NewPhraseRows = 3;

    /// <summary>The service's suggestions, one per passage (accepting one removes it everywhere), with every place it was found.</summary>
    public IReadOnlyList<SuggestedPassage> Suggestions { get; private set; } = [];

    /// <summary>Rows of own phrases: those chosen before, then empty ones.</summary>
    public int PhraseRows { get; private set; }

    /// <summary>The suggestions' heading (where refusals about the whole choice point) and ticks, then each own passage's words and ground.</summary>
    public override IReadOnlyList<string> InputOrder => FieldIds.InOrder(
    [
        ("suggestions", FieldKind.Text),
        .. Enumerable.Range(0, Suggestions.Count).Select(i => ($"suggestion-{i}", FieldKind.Checkbox)),
        .. Enumerable.Range(0, PhraseRows).SelectMany(i => new[] { ($"phrases[{i}].text", FieldKind.Text), ($"phrases[{i}].ground", FieldKind.Select) }),
    ]);

    public async Task<IActionResult> OnGetAsync(string id, string copyKey)
    {
        if (await LoadReadyAsync(id, copyKey) is { } stop)
        {
            return stop;
        }

        var chosen = Copy.Redactions ?? [];
        for (var i = 0; i < Suggestions.Count; i++)
        {
            if (chosen.Any(c => c.Source == RedactionSource.Suggestion && string.Equals(c.Text, Suggestions[i].Text, StringComparison.OrdinalIgnoreCase)))
            {
                Values.Set($"suggestion-{i}", "true");
            }
        }

        var own = chosen.Where(c => c.Source == RedactionSource.Own).ToList();
        for (var i = 0; i < own.Count; i++)
        {
            Values.Set($"phrases[{i}].text", own[i].Text);
            Values.Set($"phrases[{i}].ground", own[i].Ground.ToString());
        }

        PhraseRows = own.Count + NewPhraseRows;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string copyKey, string? action)
    {
        if (await LoadReadyAsync(id, copyKey) is { } stop)
        {
            return stop;
        }

        Values = FormValues.From(Request.Form);
        PhraseRows = Request.Form.Keys.Count(k => k.StartsWith("phrases[", StringComparison.Ordinal) && k.EndsWith("].text", StringComparison.Ordinal));
        var chosen = new List<RedactionRequest>();
        var fieldOf = new List<string>();
        for (var i = 0; i < Suggestions.Count; i++)
        {
            if (Values.Text($"suggestion-{i}") == "true")
            {
                chosen.Add(new RedactionRequest(Suggestions[i].Text, WithholdingGround.PersonalData, RedactionSource.Suggestion, null));
                fieldOf.Add($"suggestion-{i}");
            }
        }

        for (var i = 0; i < PhraseRows; i++)
        {
            var text = Values.Text($"phrases[{i}].text");
            if (text is null)
            {
                continue;
            }

            if (!Enum.TryParse<WithholdingGround>(Values.Text($"phrases[{i}].ground"), out var ground) || !Enum.IsDefined(ground))
            {
                Errors.Add($"phrases[{i}].ground", $"Choose the ground for withholding \u2018{text}\u2019");
                continue;
            }

            chosen.Add(new RedactionRequest(text, ground, RedactionSource.Own, null));
            fieldOf.Add($"phrases[{i}].text");
        }

        if (Errors.Any)
        {
            return Page();
        }

        var result = await Api.ChooseRedactionsAsync(id, copyKey, new RedactionsRequest(chosen), Aborted);
        if (result.Succeeded && action == "submit")
        {
            result = await Api.SubmitContractCopyAsync(id, copyKey, Aborted);
        }

        if (!result.Succeeded)
        {
            Refused(result, field => Anchor(field, fieldOf));
            return Page();
        }

        return RedirectToPage("/ContractCopies/Index", new { id });
    }

    /// <summary>A refusal about redactions[i] points at the checkbox or phrase it came from.</summary>
    private static string Anchor(string? field, List<string> fieldOf)
    {
        if (field is not null && field.StartsWith("redactions[", StringComparison.Ordinal)
            && int.TryParse(field["redactions[".Length..field.IndexOf(']', StringComparison.Ordinal)], out var index) && index < fieldOf.Count)
        {
            return fieldOf[index];
        }

        return "suggestions";
    }

    private async Task<IActionResult?> LoadReadyAsync(string id, string copyKey)
    {
        if (await LoadAsync(id, copyKey) is { } notFound)
        {
            return notFound;
        }

        if (Copy.Upload is null || Copy.Stage is not (ContractCopyStage.Draft or ContractCopyStage.AwaitingUpload))
        {
            return RedirectToPage("/ContractCopies/Index", new { id });
        }

        var found = await Api.SuggestionsAsync(id, copyKey, Aborted) ?? [];
        Suggestions = [.. found
            .GroupBy(s => s.Text, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SuggestedPassage(Enum.Parse<PersonalDataKind>(g.First().Kind), g.First().Text, [.. g.Select(s => s.Where).Distinct()]))];
        return null;
    }
}

/// <summary>A passage the service found, and where.</summary>
internal sealed record SuggestedPassage(PersonalDataKind Kind, string Text, IReadOnlyList<string> Places);
