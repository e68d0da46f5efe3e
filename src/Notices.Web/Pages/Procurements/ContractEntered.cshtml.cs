using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Web.Api;
using Notices.Workflow.Runtime;
using Notices.Api;

namespace Notices.Web.Pages.Procurements;

/// <summary>Record the contract entered into (signed), once any standstill has ended.</summary>
internal sealed class ContractEnteredModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : ProcurementFormPage(api, clock, options)
{
    protected override IReadOnlyList<(string Name, FieldKind Kind)> Inputs { get; } =
        [("enteredOn", FieldKind.Date), ("value", FieldKind.Number), ("startsOn", FieldKind.Date), ("endsOn", FieldKind.Date)];

    protected override void Prefill()
    {
        Values.SetDate("enteredOn", Today);
        Values.Set("value", Procurement.State.Award?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override Func<CancellationToken, Task<CommandResult>>? Command()
    {
        var enteredOn = Required(Input.Date("enteredOn", "The date entered into"), "enteredOn", "Enter the date the contract was entered into");
        var value = Required(Input.Decimal("value", "The value"), "value", "Enter the value of the contract, in pounds including VAT");
        var startsOn = Required(Input.Date("startsOn", "The start of the contract"), "startsOn", "Enter the date the contract starts");
        var endsOn = Required(Input.Date("endsOn", "The end of the contract"), "endsOn", "Enter the date the contract ends");
        return enteredOn is null || value is null || startsOn is null || endsOn is null
            ? null
            : cancel => Api.ContractEnteredAsync(Procurement.Id.Value, new ContractEnteredRequest(enteredOn, value, startsOn, endsOn), cancel);
    }
}
