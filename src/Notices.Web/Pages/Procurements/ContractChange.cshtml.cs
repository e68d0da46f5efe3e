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

    protected override Func<CancellationToken, Task<CommandResult>>? Command()
    {
        var description = Input.Text("description");
        if (description is null)
        {
            Errors.Add("description", "Describe the change");
        }

        var value = Required(Input.Decimal("newValue", "The value once changed"), "newValue", "Enter the contract's value once changed, in pounds including VAT");
        var effectiveOn = Required(Input.Date("effectiveOn", "The date it takes effect"), "effectiveOn", "Enter the date the change takes effect");
        var corporateRestructuring = Input.Text("corporateRestructuring") == "true";
        return description is null || value is null || effectiveOn is null
            ? null
            : cancel => Api.ContractChangeAsync(
                Procurement.Id.Value, new ContractChangeRequest(description, value, effectiveOn, corporateRestructuring), cancel);
    }
}
