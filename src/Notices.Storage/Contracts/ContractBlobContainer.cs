using Notices.Storage.Blobs;

namespace Notices.Storage.Contracts;

/// <summary>A container of contract files in Blob storage: uploads stream block by block, downloads straight off the connection.</summary>
public sealed class ContractBlobContainer(BlobContainerClient container) : IContractBlobContainer
{
    public async Task<bool> UploadAsync(string name, Stream content, string contentType, bool createOnly, CancellationToken cancellationToken)
    {
        try
        {
            await container.UploadAsync(name, content, new BlobUploadOptions { ContentType = contentType, CreateOnly = createOnly }, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (StorageException e) when (createOnly && (e.IsConflict || e.IsPreconditionFailed))
        {
            return false;
        }
    }

    public async Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.DownloadAsync(name, cancellationToken).ConfigureAwait(false);
            return download.Content;
        }
        catch (StorageException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) => container.DeleteBlobAsync(name, cancellationToken: cancellationToken);
}
