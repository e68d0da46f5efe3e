using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Api.Security;
using Notices.Workflow.Projections;
using Notices.Web.Api;
using Notices.Workflow.Runtime;

namespace Notices.Web.Forms;

/// <summary>
/// A commissioner's form that records one decision on a procurement (the award, the contract, a change,
/// its end): its questions, the command they make, and the workflow's refusals shown against them.
/// </summary>
[Authorize(Policy = Policies.Commissioner)]
internal abstract class ProcurementFormPage(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public ProcurementView Procurement { get; private set; } = null!;

    /// <summary>The form's inputs by name, in order: where a refusal naming a field is shown.</summary>
    protected abstract IReadOnlyList<(string Name, FieldKind Kind)> Inputs { get; }

    public override IReadOnlyList<string> InputOrder => FieldIds.InOrder(Inputs);

    /// <summary>The starting values, from what the procurement knows.</summary>
    protected virtual void Prefill()
    {
    }

    /// <summary>The API call the posted form makes, sent only when the form has no errors of its own; null when it cannot be made.</summary>
    protected abstract Func<CancellationToken, Task<CommandResult>>? Command();

    /// <summary>The workflow names some fields differently from the form (a list compacted from rows); maps them back.</summary>
    protected virtual string? FormField(string? field) => field;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await FindAsync(id) is not { } procurement)
        {
            return NotFound();
        }

        Procurement = procurement;
        Prefill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await FindAsync(id) is not { } procurement)
        {
            return NotFound();
        }

        Procurement = procurement;
        Values = FormValues.From(Request.Form);
        var command = Command();
        if (command is null || Errors.Any)
        {
            return Page();
        }

        var result = await command(Aborted);
        if (!result.Succeeded)
        {
            Refused(result, field => FieldAnchors.For(Inputs, FormField(field)));
            return Page();
        }

        return RedirectToPage("/Procurements/Show", new { id });
    }

    /// <summary>A required value: the field's error when it is missing.</summary>
    protected T? Required<T>(T? value, string name, string message)
        where T : struct
    {
        if (value is null && Errors.For(name) is null && Errors.For(FieldIds.For(name) + "-day") is null)
        {
            Errors.Add(FieldAnchors.For(Inputs, name), message);
        }

        return value;
    }
}
