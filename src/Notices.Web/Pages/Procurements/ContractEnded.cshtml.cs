using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Workflow.Commands;
using Notices.Web.Api;
using Notices.Workflow.Runtime;
using Notices.Api;

namespace Notices.Web.Pages.Procurements;

/// <summary>Record the end of the contract, and how it ended; a contract termination notice (UK11) follows.</summary>
internal sealed class ContractEndedModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : ProcurementFormPage(api, clock, options)
{
    public static IReadOnlyList<FieldOption> Endings { get; } =
    [
        new(nameof(ContractEnding.Expired), "It ran its full term"),
        new(nameof(ContractEnding.TerminatedByAuthority), "The authority terminated it early"),
        new(nameof(ContractEnding.TerminatedOtherwise), "The supplier terminated it, or both parties agreed to end it"),
    ];

    protected override IReadOnlyList<(string Name, FieldKind Kind)> Inputs { get; } = [("endedOn", FieldKind.Date), ("ending", FieldKind.Radios)];

    protected override Func<CancellationToken, Task<CommandResult>>? Command()
    {
        var endedOn = Required(Input.Date("endedOn", "The date it ended"), "endedOn", "Enter the date the contract ended");
        ContractEnding? ending = Enum.TryParse<ContractEnding>(Values.Text("ending"), out var e) && Enum.IsDefined(e) ? e : null;
        if (ending is null)
        {
            Errors.Add("ending", "Select how the contract ended");
        }

        return endedOn is null || ending is null
            ? null
            : cancel => Api.ContractEndedAsync(Procurement.Id.Value, new ContractEndedRequest(endedOn, ending), cancel);
    }
}
