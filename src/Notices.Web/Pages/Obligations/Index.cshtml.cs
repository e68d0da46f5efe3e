using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Api.Exports;
using Notices.Web.Forms;
using Notices.Workflow.Projections;
using Notices.Web.Api;

namespace Notices.Web.Pages.Obligations;

/// <summary>The authority's open and overdue obligations, soonest first: a year back and two years ahead.</summary>
internal sealed class ObligationsModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public IReadOnlyList<ObligationView> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    /// <summary>The same obligations, every page of them, as a CSV download (app-relative: the page resolves it against the path base).</summary>
    public string DownloadUrl => $"~/api/obligations.csv?buyerId={Uri.EscapeDataString(Options.BuyerId)}&from={CsvValues.Day(From)}&to={CsvValues.Day(To)}";

    private DateOnly From => Today.AddYears(-1);

    private DateOnly To => Today.AddYears(2);

    public async Task OnGetAsync([FromQuery(Name = Pagination.PageParameter)] int page = 1)
    {
        var all = (await Api.ObligationsAsync(From, To, Aborted)).Where(o => o.BuyerId == Options.BuyerId).ToList();
        page = Pagination.Clamp(page, all.Count, Options.PageSize);
        Items = Pagination.Slice(all, page, Options.PageSize);
        Pages = Pagination.Numbered(page, all.Count, Options.PageSize, n => Url.Page("/Obligations/Index", new { p = n })!, "Obligations pages");
    }
}
