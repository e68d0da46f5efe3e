using Notices.Storage;

namespace NoticeFunctions.Hosting;

/// <summary>
/// The storage account the app uses, known once <see cref="StorageStartup"/> has run (it may first
/// have to start Azurite). Resolve <see cref="StorageAccount"/> from the container; this holder only
/// carries it there.
/// </summary>
internal sealed class StorageConnection
{
    private StorageAccount? _account;

    public StorageAccount Account =>
        _account ?? throw new InvalidOperationException("Storage is not connected yet: it is connected when the app starts.");

    public void Connect(StorageAccount account)
    {
        if (Interlocked.CompareExchange(ref _account, account, null) is not null)
        {
            throw new InvalidOperationException("Storage is already connected.");
        }
    }
}
