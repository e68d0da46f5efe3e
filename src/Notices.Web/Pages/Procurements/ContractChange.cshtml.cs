using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Web.Api;
using Notices.Workflow.Runtime;
using Notices.Api;

namespace Notices.Web.Pages.Procurements;

/// <summary>Record a change (modification) to the contract.</summary>
internal sealed class ContractChangeModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : ProcurementFormPage(api, clock, options)
{
    protected override IReadOnlyList<(string Name, FieldKind Kind)> Inputs { get; } =
        [("description", FieldKind.TextArea), ("newValue", FieldKind.Number), ("effectiveOn", FieldKind.Date), ("corporateRestructuring", FieldKind.Checkbox)];

    protected override void Prefill() => Values.Set("newValue", Procurement.State.Contract?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    protected override Task<CommandResult>? Send()
    {
        var description = Input.Text("description");
        if (description is null)
        {
            Errors.Add("description", "Describe the change");
        }

        var value = Required(Input.Decimal("newValue", "The value once changed"), "newValue", "Enter the contract's value once changed, in pounds including VAT");
        var effectiveOn = Required(Input.Date("effectiveOn", "The date it takes effect"), "effectiveOn", "Enter the date the change takes effect");
        return description is null || value is null || effectiveOn is null || Errors.Any
            ? null
            : Api.ContractChangeAsync(
                Procurement.Id.Value, new ContractChangeRequest(description, value, effectiveOn, Input.Text("corporateRestructuring") == "true"), Aborted);
    }
}
