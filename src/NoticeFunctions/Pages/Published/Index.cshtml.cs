using System.Text.Json.Nodes;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NoticeFunctions.Forms;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Pages.Published;

/// <summary>A published notice in the register's list.</summary>
internal sealed record PublishedNotice(string ProcurementId, string NoticeKey, string NoticeId, string Ocid, string Title, DateTimeOffset? Published);

/// <summary>
/// The register of published notices: each release as the register keeps it, a page of the notices
/// container at a time. What is published is public, so the list is the register's, not one buyer's.
/// </summary>
internal sealed class PublishedModel(
    WorkflowRuntime workflow, TimeProvider clock, IIdSource ids, IOptions<FormsOptions> options, StorageServices storage, WorkflowStorageNames names)
    : WorkflowPage(workflow, clock, ids, options)
{
    public IReadOnlyList<PublishedNotice> Items { get; private set; } = [];

    public Pagination Pages { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var trail = Pagination.Trail(Request.Query);
        var cancel = HttpContext.RequestAborted;
        var pages = storage.Blobs.GetBlobContainerClient(names.NoticesContainer).GetBlobsAsync(cancellationToken: cancel)
            .AsPages(trail.Count > 0 ? trail[^1] : null, Options.PageSize);
        await using var page = pages.GetAsyncEnumerator(cancel);
        string? next = null;
        if (await page.MoveNextAsync())
        {
            Items = await ReadAsync(page.Current.Values, cancel);
            next = string.IsNullOrEmpty(page.Current.ContinuationToken) ? null : page.Current.ContinuationToken;
        }

        Pages = Pagination.Continued(trail, next, Url.Page("/Published/Index")!, "Published notices pages");
    }

    private async Task<List<PublishedNotice>> ReadAsync(IReadOnlyList<BlobItem> blobs, CancellationToken cancel)
    {
        var items = new List<PublishedNotice>();
        foreach (var blob in blobs)
        {
            var parts = blob.Name.Split('/');
            if (parts.Length != 2 || !parts[1].EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            var release = JsonNode.Parse(await Workflow.Ports.Notices.ReadAsync(blob.Name, cancel) ?? "{}");
            items.Add(new PublishedNotice(
                parts[0], parts[1][..^5], release?["id"]?.ToString() ?? "", release?["ocid"]?.ToString() ?? "",
                release?["tender"]?["title"]?.ToString() ?? release?["title"]?.ToString() ?? parts[0],
                DateTimeOffset.TryParse(release?["date"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null));
        }

        return items;
    }
}
