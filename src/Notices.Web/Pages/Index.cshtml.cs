using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Api.Security;
using Notices.Workflow.Projections;
using Notices.Web.Api;

namespace Notices.Web.Pages;

/// <summary>
/// The dashboard: the authority's procurements (the signed-in person's own first), obligations due soon, and for
/// approvers the notices waiting (first those they may decide, then those they submitted or declared a conflict on).
/// </summary>
internal sealed class DashboardModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    /// <summary>How many rows of each list the dashboard shows; each links to its full, paged list.</summary>
    public const int Preview = 5;

    /// <summary>Obligations due within this many days count as due soon.</summary>
    public const int SoonDays = 60;

    /// <summary>How many of each list are read to find the person's own among them.</summary>
    public const int Pool = 50;

    public IReadOnlyList<ProcurementSummary> Procurements { get; private set; } = [];

    public bool MoreProcurements { get; private set; }

    public IReadOnlyList<ObligationView> Obligations { get; private set; } = [];

    public IReadOnlyList<PendingApproval> Approvals { get; private set; } = [];

    public bool MoreApprovals { get; private set; }

    public IReadOnlyList<PendingContractCopyApproval> CopyApprovals { get; private set; } = [];

    public bool IsApprover => User.IsInRole(Roles.Approver);

    public bool IsCommissioner => User.IsInRole(Roles.Commissioner);

    /// <summary>The signed-in person's id, as the workflow records who did what.</summary>
    public string Me => AppUser.From(User).Id;

    public async Task OnGetAsync()
    {
        var cancel = HttpContext.RequestAborted;
        if (!string.IsNullOrEmpty(Options.BuyerId))
        {
            var page = await Api.ProcurementsAsync(Pool, null, cancel);
            Procurements = [.. page.Items.OrderBy(p => p.RegisteredById != Me).Take(Preview)];
            MoreProcurements = page.Items.Count > Preview || page.Continuation is not null;
        }

        var due = await Api.ObligationsAsync(Today.AddDays(-SoonDays), Today.AddDays(SoonDays), cancel);
        Obligations = due.Where(o => o.BuyerId == Options.BuyerId).Take(Preview).ToList();
        if (IsApprover)
        {
            var waiting = await Api.ApprovalsAsync(Pool, null, cancel);
            Approvals = [.. waiting.Items.OrderBy(a => !ApprovalsView.CanDecide(a, Me)).Take(Preview)];
            MoreApprovals = waiting.Items.Count > Preview || waiting.Continuation is not null;
            CopyApprovals = (await Api.ContractCopyApprovalsAsync(50, null, cancel)).Items;
        }
    }
}
