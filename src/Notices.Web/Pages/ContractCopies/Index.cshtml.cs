using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Workflow.Projections;
using Notices.Web.Api;

namespace Notices.Web.Pages.ContractCopies;

/// <summary>A procurement's contract copies: which are due and by when, where each one is, and what to do next.</summary>
internal sealed class CopiesModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public ProcurementView Procurement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await FindAsync(id) is not { } view)
        {
            return NotFound();
        }

        Procurement = view;
        return Page();
    }
}
