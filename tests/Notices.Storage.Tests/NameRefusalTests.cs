using Notices.Storage.Blobs;
using Notices.Storage.Queues;
using Xunit;

namespace Notices.Storage.Tests;

/// <summary>Names and inputs Azure refuses, refused by the client with a message saying why.</summary>
public sealed class NameRefusalTests
{
    // Nothing listens here: every case must fail before a request is sent.
    private static readonly StorageAccount Account = StorageAccount.FromConnectionString(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Zm9vYmFy;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;");

    [Theory]
    [InlineData("ab")]
    [InlineData("Upper")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("double--hyphen")]
    [InlineData("under_score")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void GetBlobContainerAndQueue_InvalidName_AreRefused(string name)
    {
        var container = Assert.Throws<ArgumentException>(() => Account.GetBlobContainer(name));
        var queue = Assert.Throws<ArgumentException>(() => Account.GetQueue(name));

        Assert.Contains($"'{name}'", container.Message, StringComparison.Ordinal);
        Assert.StartsWith("Container name", container.Message, StringComparison.Ordinal);
        Assert.StartsWith("Queue name", queue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1table")]
    [InlineData("ab")]
    [InlineData("with-hyphen")]
    [InlineData("tables")]
    public void GetTable_InvalidName_IsRefused(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Account.GetTable(name));

        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("procurements2025")]
    [InlineData("a-b-c")]
    public void GetBlobContainer_ValidName_IsAccepted(string name)
    {
        Assert.Equal(name, Account.GetBlobContainer(name).Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ends-with-dot.")]
    [InlineData("ends/with/slash/")]
    public async Task Upload_InvalidBlobName_IsRefused(string name)
    {
        var container = Account.GetBlobContainer("contracts");

        await Assert.ThrowsAsync<ArgumentException>(() => container.UploadAsync(name, new MemoryStream([1])));
    }

    [Fact]
    public async Task Upload_CreateOnlyAndIfMatchTogether_IsRefused()
    {
        var container = Account.GetBlobContainer("contracts");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => container.UploadAsync("x", new MemoryStream([1]), new BlobUploadOptions { CreateOnly = true, IfMatch = "\"x\"" }));

        Assert.Contains("not both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NonAsciiMetadataValue_IsRefusedNamingIt()
    {
        var container = Account.GetBlobContainer("contracts");
        var options = new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["Supplier"] = "Café Ltd" } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => container.UploadAsync("x", new MemoryStream([1]), options));

        Assert.Contains("'Supplier'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_VisibilityDelayOverSevenDays_IsRefused()
    {
        var queue = Account.GetQueue("work");

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.SendMessageAsync("x", visibilityDelay: TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1), timeToLive: TimeSpan.FromDays(8)));

        Assert.Contains("7 days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_DelayNotShorterThanTimeToLive_IsRefused()
    {
        var queue = Account.GetQueue("work");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => queue.SendMessageAsync("x", visibilityDelay: TimeSpan.FromMinutes(10), timeToLive: TimeSpan.FromMinutes(5)));

        Assert.Contains("shorter than the time-to-live", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_BodyOver48KiB_IsRefused()
    {
        var queue = Account.GetQueue("work");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => queue.SendMessageAsync(new BinaryData(new byte[QueueClient.MaxBodyBytes + 1])));

        Assert.Contains("blob", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public async Task ReceiveMessages_CountOutsideOneTo32_IsRefused(int count)
    {
        var queue = Account.GetQueue("work");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.ReceiveMessagesAsync(count));
    }

    [Fact]
    public void Constructor_TokenCredentialWithHttpEndpoint_IsRefused()
    {
        var http = new Uri("http://127.0.0.1:10000/devstoreaccount1");

        var error = Assert.Throws<ArgumentException>(() => new StorageAccount(http, http, http, new Azure.Identity.DefaultAzureCredential()));

        Assert.Contains("HTTPS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TokenCredentialWithAccountName_DerivesAzureEndpoints()
    {
        var account = new StorageAccount("noticesprod", new Azure.Identity.DefaultAzureCredential());

        Assert.Equal(new Uri("https://noticesprod.blob.core.windows.net"), account.BlobEndpoint);
        Assert.Equal(new Uri("https://noticesprod.queue.core.windows.net"), account.QueueEndpoint);
        Assert.Equal(new Uri("https://noticesprod.table.core.windows.net"), account.TableEndpoint);
    }

    [Fact]
    public void Constructor_InvalidAccountName_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new StorageAccount("Not_Valid", new Azure.Identity.DefaultAzureCredential()));
    }
}
