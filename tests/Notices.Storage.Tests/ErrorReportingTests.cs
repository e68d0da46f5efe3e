using Notices.Storage.Tables;
using Notices.Testing;
using Xunit;

namespace Notices.Storage.Tests;

public sealed class ErrorReportingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AnyOperation_NothingListening_ThrowsUnreachableNamingTheEndpoint()
    {
        var port = FreeTcpPort.Next();
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = 0;
        var account = StorageAccount.FromConnectionString($"UseDevelopmentStorage=true;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1", options);

        var error = await Assert.ThrowsAsync<StorageException>(() => account.GetTable("Procurements").CreateIfNotExistsAsync());

        Assert.True(error.IsUnreachable);
        Assert.Equal(0, error.Status);
        Assert.Contains($"storage unreachable at http://127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyOperation_WrongAccountKey_ThrowsNotAuthorised()
    {
        var wrongKey = azurite.ConnectionString.Replace(StorageConnectionString.DevelopmentAccountKey, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);
        var account = StorageAccount.FromConnectionString(wrongKey);

        var tableError = await Assert.ThrowsAsync<StorageException>(() => account.GetTable(UniqueName.Table()).CreateIfNotExistsAsync());
        var queueError = await Assert.ThrowsAsync<StorageException>(() => account.GetQueue(UniqueName.Queue()).CreateIfNotExistsAsync());
        var blobError = await Assert.ThrowsAsync<StorageException>(() => account.GetBlobContainer(UniqueName.Container()).CreateIfNotExistsAsync());

        Assert.All([tableError, queueError, blobError], e =>
        {
            Assert.Equal(403, e.Status);
            Assert.Contains("not authorised", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task EntityOperation_TableMissing_ThrowsNotFoundNamingTheTable()
    {
        var table = azurite.Account.GetTable(UniqueName.Table("Missing"));

        var error = await Assert.ThrowsAsync<StorageException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.True(error.IsNotFound);
        Assert.Contains(table.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_QueueMissing_ThrowsNotFound()
    {
        var queue = azurite.Account.GetQueue(UniqueName.Queue("missing"));

        var error = await Assert.ThrowsAsync<StorageException>(() => queue.SendMessageAsync("x"));

        Assert.True(error.IsNotFound);
        Assert.Equal("QueueNotFound", error.ErrorCode);
    }
}
