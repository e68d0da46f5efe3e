using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NoticeFunctions.Forms;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Pages.Procurements;

/// <summary>The authority's procurements, a page at a time, in status order.</summary>
internal sealed class ProcurementListModel(WorkflowRuntime workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options)
    : WorkflowPage(workflow, clock, ids, options)
{
    public IReadOnlyList<ProcurementSummary> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var trail = Pagination.Trail(Request.Query);
        var page = string.IsNullOrEmpty(Options.BuyerId)
            ? new Page<ProcurementSummary>([], null)
            : await Workflow.Queries.ProcurementsAsync(
                Options.BuyerId, max: Options.PageSize, continuation: trail.Count > 0 ? trail[^1] : null, cancellationToken: HttpContext.RequestAborted);
        Items = page.Items;
        Pages = Pagination.Continued(trail, page.Continuation, Url.Page("/Procurements/Index")!, "Procurements pages");
    }
}
