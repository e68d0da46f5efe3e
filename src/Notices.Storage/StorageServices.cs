using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Notices.Storage;

/// <summary>
/// The three service clients of one storage account, as the app registers them. The queue client must
/// encode messages as base64, which is what the Functions host's queue trigger reads.
/// </summary>
public sealed record StorageServices(TableServiceClient Tables, BlobServiceClient Blobs, QueueServiceClient Queues)
{
    /// <summary>Clients for a connection string: <c>UseDevelopmentStorage=true</c>, or a full one such as Azurite's on its own ports.</summary>
    public static StorageServices FromConnectionString(string connectionString) => new(
        new TableServiceClient(connectionString),
        new BlobServiceClient(connectionString),
        new QueueServiceClient(connectionString, QueueOptions()));

    /// <summary>The queue options every queue client in the product uses: base64 bodies, as the host expects.</summary>
    public static QueueClientOptions QueueOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };
}
