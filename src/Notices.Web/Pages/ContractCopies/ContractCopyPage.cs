using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Domain.Contracts;
using Notices.Redaction;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.Projections;
using Notices.Workflow.State;
using Notices.Web.Api;

namespace Notices.Web.Pages.ContractCopies;

/// <summary>What the contract-copy pages share: the procurement and the copy named by the route, and the words for its stages and grounds.</summary>
internal abstract class ContractCopyPage(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public ProcurementView Procurement { get; private set; } = null!;

    public ContractCopyState Copy { get; private set; } = null!;

    public string Id => Procurement.Id.Value;

    public string Title => ContractCopyLabels.Title(Copy.Key);

    public DateOnly? DueOn => Procurement.State.Obligations.TryGetValue(Copy.Key, out var o) ? o.DueOn : null;

    public static IReadOnlyList<FieldOption> Grounds { get; } =
        [.. Enum.GetValues<WithholdingGround>().Select(g => new FieldOption(g.ToString(), ContractCopyLabels.Of(g)))];

    /// <summary>Loads the procurement and the copy; a 404 result when either is unknown.</summary>
    protected async Task<IActionResult?> LoadAsync(string id, string copyKey)
    {
        if (await FindAsync(id) is not { } view || !view.State.ContractCopies.TryGetValue(copyKey, out var copy))
        {
            return NotFound();
        }

        Procurement = view;
        Copy = copy;
        return null;
    }
}

/// <summary>The words the contract-copy pages use.</summary>
internal static class ContractCopyLabels
{
    public static string Title(string copyKey) =>
        copyKey == ContractCopyKeys.Contract ? "Copy of the contract" : $"Copy of the modified contract (change {copyKey.Split('-')[1]})";

    public static string Of(WithholdingGround ground) => ground switch
    {
        WithholdingGround.PersonalData => "Personal data (UK GDPR)",
        WithholdingGround.CommerciallySensitive => "Commercially sensitive (section 94(1)(b))",
        WithholdingGround.NationalSecurity => "National security (section 94(1)(a))",
        _ => "Protected connected person (regulation 27)",
    };

    public static (string Text, string Tag) Of(ContractCopyStage stage) => stage switch
    {
        ContractCopyStage.AwaitingUpload => ("Waiting for the signed contract", "govuk-tag--grey"),
        ContractCopyStage.Draft => ("Choosing what to withhold", "govuk-tag--blue"),
        ContractCopyStage.Redacting => ("Being redacted", "govuk-tag--yellow"),
        ContractCopyStage.AwaitingApproval => ("Waiting for approval", "govuk-tag--yellow"),
        ContractCopyStage.Approved => ("Approved, being published", "govuk-tag--green"),
        _ => ("Published", "govuk-tag--green"),
    };

    public static string Of(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.EmailAddress => "Email address",
        PersonalDataKind.PhoneNumber => "Phone number",
        PersonalDataKind.NationalInsuranceNumber => "National Insurance number",
        PersonalDataKind.SortCode => "Sort code",
        PersonalDataKind.BankAccountNumber => "Bank account number",
        PersonalDataKind.PostalAddress => "Address of a named person",
        _ => "Signature block",
    };
}
