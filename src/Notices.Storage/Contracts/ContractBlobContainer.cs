using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Notices.Storage.Contracts;

/// <summary>A container of contract files in Blob storage: uploads stream block by block, downloads straight off the connection.</summary>
public sealed class ContractBlobContainer(BlobContainerClient container) : IContractBlobContainer
{
    /// <summary>The size of each staged block: at most this much of an upload is held in memory at once.</summary>
    public const int BlockSize = 4 * 1024 * 1024;

    // One block at a time, each up to BlockSize: a 100 MB upload is staged as 25 blocks and then committed, and
    // the stream (which measures and limits what passes) is read once, in order.
    private static readonly StorageTransferOptions Transfer = new()
    {
        InitialTransferSize = BlockSize,
        MaximumTransferSize = BlockSize,
        MaximumConcurrency = 1,
    };

    public async Task<bool> UploadAsync(string name, Stream content, string contentType, bool createOnly, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            TransferOptions = Transfer,

            // Checked when the block list is committed: staged blocks of a refused upload are discarded by the service.
            Conditions = createOnly ? new BlobRequestConditions { IfNoneMatch = ETag.All } : null,
        };
        try
        {
            await container.GetBlobClient(name).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (createOnly && e.IsAlreadyThereOrChanged())
        {
            return false;
        }
    }

    public async Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.IsNotFound())
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var deleted = await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return deleted.Value;
    }
}
