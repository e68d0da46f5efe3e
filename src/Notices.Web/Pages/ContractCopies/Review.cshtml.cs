using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Api;
using Notices.Api.ContractCopies;
using Notices.Web.Forms;
using Notices.Web.Pages.Approvals;
using Notices.Api.Security;
using Notices.Storage.Contracts;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Notices.Workflow.State;

namespace Notices.Web.Pages.ContractCopies;

/// <summary>
/// The approver's review: the contract as uploaded and the redacted copy side by side, paragraph by paragraph,
/// with each withheld passage and its marker shown; and, while it waits, the decision, taken under the same
/// four-eyes rules as a notice (with the public-interest reasoning s.94(1)(b) asks for).
/// </summary>
internal sealed class ReviewModel(
    ProcurementWorkflow workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options, ContractOriginalStore originals)
    : ContractCopyPage(workflow, clock, ids, options)
{
    public ContractCopyReview Review { get; private set; } = null!;

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
        var reason = Values.Text("reason");
        var context = Decision(reason);
        var noConflict = Values.Text("noConflictOfInterest") == "true";
        var choice = ApprovalDecisionRequest.ToCommand(
            Values.Text("decision") == DecideModel.Conflict ? "declare-conflict" : Values.Text("decision"), reason, Values.Text("conflictDetails"), "contract copy",
            details => new DeclareContractCopyConflict(context, copyKey, details),
            () => new ApproveContractCopy(context, copyKey, noConflict, Values.Text("publicInterestReasoning")),
            why => new RejectContractCopy(context, copyKey, why, noConflict));
        if (choice.Command is not { } command)
        {
            Errors.Add(choice.Field == "conflictOfInterest" ? "conflictDetails" : choice.Field!, choice.Message!);
            return Page();
        }

        var result = await SendAsync(new ProcurementId(id), command);
        if (!result.Succeeded)
        {
            Refused(result, field => field switch
            {
                "noConflictOfInterest" or "publicInterestReasoning" or "reason" => field,
                "details" => "conflictDetails",
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

        Review = await ContractCopyReview.BuildAsync(originals, Copy, HttpContext.RequestAborted);
        return null;
    }
}
