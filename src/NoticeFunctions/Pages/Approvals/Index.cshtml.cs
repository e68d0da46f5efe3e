using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NoticeFunctions.Forms;
using NoticeFunctions.Security;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Pages.Approvals;

/// <summary>The approvals inbox: notices waiting for an approver, oldest first, a page at a time.</summary>
[Authorize(Policy = Policies.Approver)]
internal sealed class ApprovalsModel(WorkflowRuntime workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options)
    : WorkflowPage(workflow, clock, ids, options)
{
    public IReadOnlyList<PendingApproval> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var trail = Pagination.Trail(Request.Query);
        var page = await Workflow.Queries.PendingApprovalsAsync(
            Role.Approver, max: Options.PageSize, continuation: trail.Count > 0 ? trail[^1] : null, cancellationToken: HttpContext.RequestAborted);
        Items = page.Items;
        Pages = Pagination.Continued(trail, page.Continuation, Url.Page("/Approvals/Index")!, "Approvals pages");
    }
}
