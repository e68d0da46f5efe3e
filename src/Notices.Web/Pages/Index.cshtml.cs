using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Api.Security;
using Notices.Workflow.Projections;
using Notices.Web.Api;

namespace Notices.Web.Pages;

/// <summary>The dashboard: the authority's procurements, obligations due soon, and (for approvers) notices waiting.</summary>
internal sealed class DashboardModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    /// <summary>How many rows of each list the dashboard shows; each links to its full, paged list.</summary>
    public const int Preview = 5;

    /// <summary>Obligations due within this many days count as due soon.</summary>
    public const int SoonDays = 60;

    public IReadOnlyList<ProcurementSummary> Procurements { get; private set; } = [];

    public bool MoreProcurements { get; private set; }

    public IReadOnlyList<ObligationView> Obligations { get; private set; } = [];

    public IReadOnlyList<PendingApproval> Approvals { get; private set; } = [];

    public bool MoreApprovals { get; private set; }

    public IReadOnlyList<PendingContractCopyApproval> CopyApprovals { get; private set; } = [];

    public bool IsApprover => User.IsInRole(Roles.Approver);

    public bool IsCommissioner => User.IsInRole(Roles.Commissioner);

    public async Task OnGetAsync()
    {
        var cancel = HttpContext.RequestAborted;
        if (!string.IsNullOrEmpty(Options.BuyerId))
        {
            var page = await Api.ProcurementsAsync(Preview, null, cancel);
            Procurements = page.Items;
            MoreProcurements = page.Continuation is not null;
        }

        var due = await Api.ObligationsAsync(Today.AddDays(-SoonDays), Today.AddDays(SoonDays), cancel);
        Obligations = due.Where(o => o.BuyerId == Options.BuyerId).Take(Preview).ToList();
        if (IsApprover)
        {
            var waiting = await Api.ApprovalsAsync(Preview, null, cancel);
            Approvals = waiting.Items;
            MoreApprovals = waiting.Continuation is not null;
            CopyApprovals = (await Api.ContractCopyApprovalsAsync(50, null, cancel)).Items;
        }
    }
}
