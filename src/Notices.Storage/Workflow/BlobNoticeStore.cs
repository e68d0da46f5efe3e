using System.Text;
using Notices.Storage.Blobs;
using Notices.Workflow.Publishing;

namespace Notices.Storage.Workflow;

/// <summary>The <c>notices</c> container: each published release written create-only, so it can never change.</summary>
public sealed class BlobNoticeStore(BlobContainerClient container) : INoticeBlobStore
{
    public async Task<bool> CreateAsync(string name, string json, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(json));
        try
        {
            await container.UploadAsync(name, content, new BlobUploadOptions { ContentType = "application/json", CreateOnly = true }, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (StorageException e) when (e.IsConflict || e.IsPreconditionFailed)
        {
            return false;
        }
    }

    public async Task<string?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await using var download = await container.DownloadAsync(name, cancellationToken).ConfigureAwait(false);
            using var reader = new StreamReader(download.Content, Encoding.UTF8);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException e) when (e.IsNotFound)
        {
            return null;
        }
    }
}
