using System.Globalization;
using System.Text.Json.Nodes;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Projections;

namespace Notices.Api.Published;

/// <summary>
/// The register of published notices, read from the notices container: one OCDS release a blob, named
/// <c>{procurementId}/{noticeKey}.json</c>. What is published is public, so the register is everyone's,
/// not one buyer's. The page lists it a page at a time; the CSV download takes it whole.
/// </summary>
internal sealed class PublishedRegister(ProcurementWorkflow workflow, StorageServices storage, WorkflowStorageNames names)
{
    /// <summary>The notices of one page of the container, with the marker of the next page as its continuation (null on the last).</summary>
    public async Task<Page<PublishedNotice>> PageAsync(string? marker, int max, CancellationToken cancellationToken)
    {
        var pages = storage.Blobs.GetBlobContainerClient(names.NoticesContainer).GetBlobsAsync(cancellationToken: cancellationToken).AsPages(marker, max);
        var items = new List<PublishedNotice>();
        await foreach (var page in pages.ConfigureAwait(false))
        {
            foreach (var blob in page.Values)
            {
                if (await ReadAsync(blob.Name, cancellationToken).ConfigureAwait(false) is { } notice)
                {
                    items.Add(notice);
                }
            }

            return new Page<PublishedNotice>(items, string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
        }

        return new Page<PublishedNotice>(items, null);
    }

    /// <summary>Every published notice, in the container's order (by procurement, then notice).</summary>
    public async Task<IReadOnlyList<PublishedNotice>> AllAsync(CancellationToken cancellationToken)
    {
        var all = new List<PublishedNotice>();
        string? marker = null;
        do
        {
            var page = await PageAsync(marker, 1000, cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Items);
            marker = page.Continuation;
        }
        while (marker is not null);

        return all;
    }

    private async Task<PublishedNotice?> ReadAsync(string blobName, CancellationToken cancellationToken)
    {
        var parts = blobName.Split('/');
        if (parts.Length != 2 || !parts[1].EndsWith(".json", StringComparison.Ordinal))
        {
            return null;
        }

        var release = JsonNode.Parse(await workflow.Notices.ReadAsync(blobName, cancellationToken).ConfigureAwait(false) ?? "{}");
        return new PublishedNotice(
            parts[0], parts[1][..^5], release?["id"]?.ToString() ?? "", release?["ocid"]?.ToString() ?? "",
            release?["tender"]?["title"]?.ToString() ?? release?["title"]?.ToString() ?? parts[0],
            DateTimeOffset.TryParse(release?["date"]?.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);
    }
}
