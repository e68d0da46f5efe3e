using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Notices.Workflow.Publishing;

namespace Notices.Storage.Workflow;

/// <summary>The <c>notices</c> container: each published release written create-only, so it can never change.</summary>
public sealed class BlobNoticeStore(BlobContainerClient container) : INoticeBlobStore
{
    public async Task<bool> CreateAsync(string name, string json, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(json), options, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.IsAlreadyThereOrChanged())
        {
            return false;
        }
    }

    public async Task<string?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return download.Value.Content.ToString();
        }
        catch (RequestFailedException e) when (e.IsNotFound())
        {
            return null;
        }
    }
}
