using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;

namespace Notices.Web.Pages.Procurements;

/// <summary>The authority's procurements, a page at a time, in status order.</summary>
internal sealed class ProcurementListModel(ProcurementWorkflow workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options)
    : WorkflowPage(workflow, clock, ids, options)
{
    public IReadOnlyList<ProcurementSummary> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        (Items, Pages) = await BuyerPageAsync(
            (buyer, continuation, cancel) => Workflow.Queries.ProcurementsAsync(buyer, max: Options.PageSize, continuation: continuation, cancellationToken: cancel),
            "/Procurements/Index",
            "Procurements pages");
    }
}
