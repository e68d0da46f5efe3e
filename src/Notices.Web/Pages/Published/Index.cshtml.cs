using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Api.Published;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;

namespace Notices.Web.Pages.Published;

/// <summary>The register of published notices, a page of the notices container at a time.</summary>
internal sealed class PublishedModel(
    ProcurementWorkflow workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options, StorageServices storage, WorkflowStorageNames names)
    : WorkflowPage(workflow, clock, ids, options)
{
    public IReadOnlyList<PublishedNotice> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var register = new PublishedRegister(Workflow, storage, names);
        (Items, Pages) = await ContinuedPageAsync(
            (marker, cancel) => register.PageAsync(marker, Options.PageSize, cancel), "/Published/Index", "Published notices pages");
    }
}
