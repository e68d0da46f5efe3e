using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Api;
using Notices.Api.ContractCopies;
using Notices.Web.Forms;
using Notices.Web.Pages.Approvals;
using Notices.Api.Security;
using Notices.Workflow.State;
using Notices.Web.Api;

namespace Notices.Web.Pages.ContractCopies;

/// <summary>
/// The approver's review: the contract as uploaded and the redacted copy side by side, paragraph by paragraph,
/// with each withheld passage and its marker shown; and, while it waits, the decision, taken under the same
/// four-eyes rules as a notice (with the public-interest reasoning s.94(1)(b) asks for).
/// </summary>
internal sealed class ReviewModel(
    NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : ContractCopyPage(api, clock, options)
{
    public ContractCopyReview Review { get; private set; } = null!;

    /// <summary>The decision's inputs, as the page shows them.</summary>
    public override IReadOnlyList<string> InputOrder { get; } = FieldIds.InOrder(
        [("decision", FieldKind.Radios), ("publicInterestReasoning", FieldKind.TextArea), ("reason", FieldKind.TextArea), ("conflictDetails", FieldKind.TextArea), ("noConflictOfInterest", FieldKind.Checkbox)]);

    public bool CanDecide => Copy.Stage == ContractCopyStage.AwaitingApproval && User.IsInRole(Roles.Approver);

    public async Task<IActionResult> OnGetAsync(string id, string copyKey) => await LoadReviewAsync(id, copyKey) ?? Page();

    public async Task<IActionResult> OnPostAsync(string id, string copyKey)
    {
        if (await LoadReviewAsync(id, copyKey) is { } stop)
        {
            return stop;
        }

        if (!User.IsInRole(Roles.Approver))
        {
            return Forbid();
        }

        Values = FormValues.From(Request.Form);
        var decision = Values.Text("decision") == DecideModel.Conflict ? "declare-conflict" : Values.Text("decision");
        var request = new ContractCopyApprovalRequest(
            decision, Values.Text("reason"), Values.Text("noConflictOfInterest") == "true", Values.Text("conflictDetails"), Values.Text("publicInterestReasoning"));
        var result = await Api.DecideContractCopyAsync(id, copyKey, request, Aborted);
        if (!result.Succeeded)
        {
            Refused(result, field => field switch
            {
                "noConflictOfInterest" or "publicInterestReasoning" or "reason" => field,
                "details" or "conflictOfInterest" => "conflictDetails",
                _ => "decision",
            });
            return Page();
        }

        return RedirectToPage("/ContractCopies/Index", new { id });
    }

    private async Task<IActionResult?> LoadReviewAsync(string id, string copyKey)
    {
        if (await LoadAsync(id, copyKey) is { } notFound)
        {
            return notFound;
        }

        if (Copy.Upload is null)
        {
            return RedirectToPage("/ContractCopies/Index", new { id });
        }

        Review = await Api.ReviewAsync(id, copyKey, Aborted)
            ?? throw new InvalidOperationException($"The API has no review of contract copy {copyKey}.");
        return null;
    }
}
