using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Api.Security;
using Notices.Domain.Notices;
using Notices.Workflow.Law;
using Notices.Workflow.Projections;
using Notices.Web.Api;

namespace Notices.Web.Pages.Drafting;

/// <summary>Every notice type the workflow drafts; the workflow says when one does not fit the procurement yet.</summary>
[Authorize(Policy = Policies.Commissioner)]
internal sealed class ChooseNoticeModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public static IReadOnlyList<NoticeType> Drafted => DraftedNotices.Types;

    public ProcurementView Procurement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await FindAsync(id) is not { } procurement)
        {
            return NotFound();
        }

        Procurement = procurement;
        return Page();
    }
}
