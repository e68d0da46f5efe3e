using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Domain.Notices;
using Notices.Web.Forms;
using Notices.Workflow.Publishing;
using Notices.Workflow.State;
using Notices.Web.Api;

namespace Notices.Web.Pages.Published;

/// <summary>One published notice: its publication, a link to read it, and its OCDS release to read or download as the API serves it (the register's JSON, with characters HTML gives meaning to escaped).</summary>
internal sealed class ReleaseModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string ProcurementTitle { get; private set; } = "";

    public string ProcurementId { get; private set; } = "";

    public PublicationReceipt Publication { get; private set; } = null!;

    public string ReleaseJson { get; private set; } = "";

    public string NoticeKey { get; private set; } = "";

    /// <summary>The release's size, as the download link states it.</summary>
    public string ReleaseSize { get; private set; } = "";

    /// <summary>Published to this service's own register, whose ocids say so, rather than to Find a Tender.</summary>
    public bool IsLocal => Publication.Ocid.StartsWith(ProcurementOcid.LocalPrefix, StringComparison.Ordinal);

    public async Task<IActionResult> OnGetAsync(string id, string key)
    {
        if (await ReleaseAsync(id, key) is not { } release)
        {
            return NotFound();
        }

        using var document = JsonDocument.Parse(release);
        ReleaseJson = JsonSerializer.Serialize(document.RootElement, Indented);
        var bytes = Encoding.UTF8.GetByteCount(release);
        ReleaseSize = bytes < 1024 ? $"{bytes} bytes" : $"{Math.Ceiling(bytes / 1024.0):0} KB";
        return Page();
    }

    /// <summary>The release as the API serves it, as a file named by its notice id.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string id, string key) =>
        await ReleaseAsync(id, key) is { } release
            ? File(Encoding.UTF8.GetBytes(release), "application/json", $"{Publication.NoticeId}.json")
            : NotFound();

    private async Task<string?> ReleaseAsync(string id, string key)
    {
        if (await FindAsync(id) is not { } procurement
            || !procurement.State.Notices.TryGetValue(key, out var notice) || notice is not PublishedNoticeState published)
        {
            return null;
        }

        ProcurementTitle = procurement.State.Details.Title;
        ProcurementId = id;
        NoticeKey = key;
        Publication = published.Publication;
        return await Api.ReleaseAsync(id, key, Aborted);
    }
}
