using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Api.Published;
using Notices.Web.Api;

namespace Notices.Web.Pages.Published;

/// <summary>The register of published notices, a page of the notices container at a time.</summary>
internal sealed class PublishedModel(
    NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public IReadOnlyList<PublishedNotice> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        (Items, Pages) = await ContinuedPageAsync(
            (continuation, cancel) => Api.PublishedNoticesAsync(Options.PageSize, continuation, cancel), "/Published/Index", "Published notices pages");
    }
}
