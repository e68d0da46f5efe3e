using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;

namespace Notices.Web.Pages.ContractCopies;

/// <summary>A procurement's contract copies: which are due and by when, where each one is, and what to do next.</summary>
internal sealed class CopiesModel(ProcurementWorkflow workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options)
    : WorkflowPage(workflow, clock, ids, options)
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
