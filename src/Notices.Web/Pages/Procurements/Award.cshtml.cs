using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Web.Api;
using Notices.Workflow.Runtime;
using Notices.Api;

namespace Notices.Web.Pages.Procurements;

/// <summary>Record the award decision: the suppliers, the value and the date it was decided.</summary>
internal sealed class AwardModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : ProcurementFormPage(api, clock, options)
{
    public const int SupplierRows = 3;

    private readonly List<int> _rows = [];

    protected override IReadOnlyList<(string Name, FieldKind Kind)> Inputs { get; } =
    [
        .. Enumerable.Range(0, SupplierRows).SelectMany(i => new[] { ($"suppliers[{i}].name", FieldKind.Text), ($"suppliers[{i}].identifier", FieldKind.Text) }),
        ("value", FieldKind.Number),
        ("decidedOn", FieldKind.Date),
    ];

    protected override void Prefill() => Values.SetDate("decidedOn", Today);

    protected override Func<CancellationToken, Task<CommandResult>>? Command()
    {
        var suppliers = new List<SupplierRequest>();
        for (var row = 0; row < SupplierRows; row++)
        {
            var name = Input.Text($"suppliers[{row}].name");
            var identifier = Input.Text($"suppliers[{row}].identifier");
            if (name is not null || identifier is not null)
            {
                suppliers.Add(new SupplierRequest(name ?? "", identifier ?? ""));
                _rows.Add(row);
            }
        }

        var value = Required(Input.Decimal("value", "The value"), "value", "Enter the value of the contract, in pounds including VAT");
        var decidedOn = Required(Input.Date("decidedOn", "The date of the decision"), "decidedOn", "Enter the date of the award decision");
        return value is null || decidedOn is null ? null : cancel => Api.AwardAsync(Procurement.Id.Value, new AwardRequest(suppliers, value, decidedOn), cancel);
    }

    protected override string? FormField(string? field) =>
        field is not null && field.StartsWith("suppliers[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var end and > 10
            && int.TryParse(field.AsSpan(10, end - 10), out var index) && index < _rows.Count
            ? $"suppliers[{_rows[index]}]{field[(end + 1)..]}"
            : field;
}
