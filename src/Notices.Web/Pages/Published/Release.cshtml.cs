using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;
using Notices.Workflow.State;

namespace Notices.Web.Pages.Published;

/// <summary>One published notice: its publication and its OCDS release, exactly as the register keeps it.</summary>
internal sealed class ReleaseModel(ProcurementWorkflow workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options)
    : WorkflowPage(workflow, clock, ids, options)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string ProcurementTitle { get; private set; } = "";

    public string ProcurementId { get; private set; } = "";

    public PublicationReceipt Publication { get; private set; } = null!;

    public string ReleaseJson { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, string key)
    {
        if (await FindAsync(id) is not { } procurement
            || !procurement.State.Notices.TryGetValue(key, out var notice) || notice is not PublishedNoticeState published
            || await Workflow.Notices.ReadAsync(published.Publication.Location, HttpContext.RequestAborted) is not { } release)
        {
            return NotFound();
        }

        ProcurementTitle = procurement.State.Details.Title;
        ProcurementId = id;
        Publication = published.Publication;
        using var document = JsonDocument.Parse(release);
        ReleaseJson = JsonSerializer.Serialize(document.RootElement, Indented);
        return Page();
    }
}
