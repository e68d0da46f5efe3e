using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Workflow.Projections;
using Notices.Web.Api;

namespace Notices.Web.Pages.Contracts;

/// <summary>The authority's contracts register, a page at a time.</summary>
internal sealed class ContractsModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public IReadOnlyList<ContractRecord> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    /// <summary>The whole register, every page of it, as a CSV download (app-relative: the page resolves it against the path base).</summary>
    public string DownloadUrl => $"~/api/contracts.csv?buyerId={Uri.EscapeDataString(Options.BuyerId)}";

    public async Task OnGetAsync()
    {
        (Items, Pages) = await BuyerPageAsync(
            (continuation, cancel) => Api.ContractsAsync(Options.PageSize, continuation, cancel),
            "/Contracts/Index",
            "Contracts register pages");
    }
}
