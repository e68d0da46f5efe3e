using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NoticeFunctions.Forms;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Pages.Contracts;

/// <summary>The authority's contracts register, a page at a time.</summary>
internal sealed class ContractsModel(WorkflowRuntime workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options)
    : WorkflowPage(workflow, clock, ids, options)
{
    public IReadOnlyList<ContractRecord> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var trail = Pagination.Trail(Request.Query);
        var page = string.IsNullOrEmpty(Options.BuyerId)
            ? new Page<ContractRecord>([], null)
            : await Workflow.Queries.ContractsAsync(
                Options.BuyerId, max: Options.PageSize, continuation: trail.Count > 0 ? trail[^1] : null, cancellationToken: HttpContext.RequestAborted);
        Items = page.Items;
        Pages = Pagination.Continued(trail, page.Continuation, Url.Page("/Contracts/Index")!, "Contracts register pages");
    }
}
