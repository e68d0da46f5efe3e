using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Api.Security;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;

namespace Notices.Web.Pages.Approvals;

/// <summary>The approvals inbox: notices waiting for an approver, oldest first, a page at a time.</summary>
[Authorize(Policy = Policies.Approver)]
internal sealed class ApprovalsModel(ProcurementWorkflow workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options)
    : WorkflowPage(workflow, clock, ids, options)
{
    public IReadOnlyList<PendingApproval> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        (Items, Pages) = await ContinuedPageAsync(
            (continuation, cancel) => Workflow.Queries.PendingApprovalsAsync(Role.Approver, max: Options.PageSize, continuation: continuation, cancellationToken: cancel),
            "/Approvals/Index",
            "Approvals pages");
    }
}
