using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Workflow.Projections;
using Notices.Web.Api;

namespace Notices.Web.Pages.Procurements;

/// <summary>The authority's procurements, a page at a time, in status order.</summary>
internal sealed class ProcurementListModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public IReadOnlyList<ProcurementSummary> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        (Items, Pages) = await BuyerPageAsync(
            (continuation, cancel) => Api.ProcurementsAsync(Options.PageSize, continuation, cancel),
            "/Procurements/Index",
            "Procurements pages");
    }
}
