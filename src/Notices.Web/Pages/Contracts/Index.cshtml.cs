using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;

namespace Notices.Web.Pages.Contracts;

/// <summary>The authority's contracts register, a page at a time.</summary>
internal sealed class ContractsModel(ProcurementWorkflow workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options)
    : WorkflowPage(workflow, clock, ids, options)
{
    public IReadOnlyList<ContractRecord> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    /// <summary>The whole register, every page of it, as a CSV download (app-relative: the page resolves it against the path base).</summary>
    public string DownloadUrl => $"~/api/contracts.csv?buyerId={Uri.EscapeDataString(Options.BuyerId)}";

    public async Task OnGetAsync()
    {
        (Items, Pages) = await BuyerPageAsync(
            (buyer, continuation, cancel) => Workflow.Queries.ContractsAsync(buyer, max: Options.PageSize, continuation: continuation, cancellationToken: cancel),
            "/Contracts/Index",
            "Contracts register pages");
    }
}
