using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Api.Security;
using Notices.Workflow.Projections;
using Notices.Web.Api;

namespace Notices.Web.Pages.Approvals;

/// <summary>The approvals inbox: notices waiting for an approver, oldest first, a page at a time.</summary>
[Authorize(Policy = Policies.Approver)]
internal sealed class ApprovalsModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public IReadOnlyList<PendingApproval> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        (Items, Pages) = await ContinuedPageAsync(
            (continuation, cancel) => Api.ApprovalsAsync(Options.PageSize, continuation, cancel),
            "/Approvals/Index",
            "Approvals pages");
    }
}
