using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NoticeFunctions.Forms;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Pages.Obligations;

/// <summary>The authority's open and overdue obligations, soonest first: a year back and two years ahead.</summary>
internal sealed class ObligationsModel(WorkflowRuntime workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options)
    : WorkflowPage(workflow, clock, ids, options)
{
    public IReadOnlyList<ObligationView> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync(int page = 1)
    {
        var all = (await Workflow.Queries.ObligationsDueAsync(Today.AddYears(-1), Today.AddYears(2), max: 1000, cancellationToken: HttpContext.RequestAborted))
            .Where(o => o.BuyerId == Options.BuyerId).ToList();
        page = Pagination.Clamp(page, all.Count, Options.PageSize);
        Items = Pagination.Slice(all, page, Options.PageSize);
        Pages = Pagination.Numbered(page, all.Count, Options.PageSize, n => Url.Page("/Obligations/Index", new { page = n })!, "Obligations pages");
    }
}
