namespace Notices.Storage.Contracts;

/// <summary>
/// A container of contract files: the private originals (with the redacted copies under review), or the
/// published copies: blob storage (<see cref="ContractBlobContainer"/>); the tests keep one in memory.
/// </summary>
public interface IContractBlobContainer
{
    /// <summary>
    /// Writes <paramref name="content"/> as it streams. With <paramref name="createOnly"/>, returns false and
    /// leaves the blob as it was when one of that name exists.
    /// </summary>
    Task<bool> UploadAsync(string name, Stream content, string contentType, bool createOnly, CancellationToken cancellationToken);

    /// <summary>The blob's content as a stream (dispose it), or null if there is none.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken);

    /// <summary>Deletes the blob; false if there was none.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);
}
