using System.Text;
using Notices.Storage.Blobs;
using Notices.Testing;
using Xunit;

namespace Notices.Storage.Tests.Blobs;

public sealed class BlobContainerClientTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<BlobContainerClient> NewContainerAsync()
    {
        var container = azurite.Account.GetBlobContainer(UniqueName.Container("contracts"));
        Assert.True(await container.CreateIfNotExistsAsync());
        return container;
    }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<string> ReadTextAsync(BlobContainerClient container, string name)
    {
        await using var download = await container.DownloadAsync(name);
        using var reader = new StreamReader(download.Content, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task CreateIfNotExists_ContainerExists_ReturnsFalse()
    {
        var container = await NewContainerAsync();

        Assert.False(await container.CreateIfNotExistsAsync());
    }

    [Fact]
    public async Task Upload_WithContentTypeAndMetadata_DownloadAndPropertiesReturnThem()
    {
        var container = await NewContainerAsync();
        var metadata = new Dictionary<string, string> { ["Procurement"] = "ocds-h6vhtk-0001", ["redacted"] = "false" };

        var written = await container.UploadAsync("2025/notice one.json", Text("{\"id\":1}"), new BlobUploadOptions { ContentType = "application/json", Metadata = metadata });
        var properties = await container.GetPropertiesAsync("2025/notice one.json");

        Assert.NotNull(properties);
        Assert.Equal(written.ETag, properties.ETag);
        Assert.Equal("application/json", properties.ContentType);
        Assert.Equal(8, properties.ContentLength);
        Assert.Equal("ocds-h6vhtk-0001", properties.Metadata["procurement"]);
        Assert.Equal("false", properties.Metadata["Redacted"]);
        Assert.Equal("{\"id\":1}", await ReadTextAsync(container, "2025/notice one.json"));
    }

    [Fact]
    public async Task Upload_CreateOnlyTwice_SecondThrowsConflictAndKeepsFirst()
    {
        var container = await NewContainerAsync();
        await container.UploadAsync("release.json", Text("first"), new BlobUploadOptions { CreateOnly = true });

        var error = await Assert.ThrowsAsync<StorageException>(() => container.UploadAsync("release.json", Text("second"), new BlobUploadOptions { CreateOnly = true }));

        Assert.True(error.IsConflict);
        Assert.Equal("BlobAlreadyExists", error.ErrorCode);
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal("first", await ReadTextAsync(container, "release.json"));
    }

    [Fact]
    public async Task Upload_StaleIfMatch_ThrowsPreconditionFailedAndKeepsCurrent()
    {
        var container = await NewContainerAsync();
        var stale = await container.UploadAsync("copy.pdf", Text("v1"));
        var current = await container.UploadAsync("copy.pdf", Text("v2"), new BlobUploadOptions { IfMatch = stale.ETag });

        var error = await Assert.ThrowsAsync<StorageException>(() => container.UploadAsync("copy.pdf", Text("v3"), new BlobUploadOptions { IfMatch = stale.ETag }));

        Assert.True(error.IsPreconditionFailed);
        Assert.Contains("condition not met", error.Message, StringComparison.Ordinal);
        Assert.NotEqual(stale.ETag, current.ETag);
        Assert.Equal("v2", await ReadTextAsync(container, "copy.pdf"));
    }

    [Fact]
    public async Task Upload_EmptyStream_StoresEmptyBlob()
    {
        var container = await NewContainerAsync();

        await container.UploadAsync("empty", new MemoryStream());

        Assert.Equal(0, (await container.GetPropertiesAsync("empty"))!.ContentLength);
        Assert.Equal(string.Empty, await ReadTextAsync(container, "empty"));
    }

    [Fact]
    public async Task Upload_AboveBlockSize_CommitsBlocksWithContentTypeMetadataAndCreateOnly()
    {
        var container = await NewContainerAsync();
        var data = new byte[BlobContainerClient.BlockSize + 12345];
        Random.Shared.NextBytes(data);
        var options = new BlobUploadOptions { ContentType = "application/pdf", Metadata = new Dictionary<string, string> { ["Kind"] = "original" }, CreateOnly = true };

        await container.UploadAsync("big.pdf", new MemoryStream(data), options);
        var error = await Assert.ThrowsAsync<StorageException>(() => container.UploadAsync("big.pdf", new MemoryStream(data), options));

        Assert.True(error.IsConflict || error.IsPreconditionFailed);
        await using var download = await container.DownloadAsync("big.pdf");
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);
        Assert.Equal(data, copy.ToArray());
        Assert.Equal("application/pdf", download.Properties.ContentType);
        Assert.Equal("original", download.Properties.Metadata["Kind"]);
        Assert.Equal(data.Length, download.Properties.ContentLength);
    }

    [Fact]
    public async Task Download_Missing_ThrowsNotFound()
    {
        var container = await NewContainerAsync();

        var error = await Assert.ThrowsAsync<StorageException>(() => container.DownloadAsync("absent.json"));

        Assert.True(error.IsNotFound);
        Assert.Contains("absent.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetProperties_Missing_ReturnsNull()
    {
        var container = await NewContainerAsync();

        Assert.Null(await container.GetPropertiesAsync("absent.json"));
    }

    [Fact]
    public async Task ListBlobs_ByPrefixWithSmallPages_ReturnsEveryMatchInNameOrder()
    {
        var container = await NewContainerAsync();
        for (var i = 0; i < 7; i++)
        {
            await container.UploadAsync($"notices/uk{i}.json", Text("{}"), new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["Index"] = $"{i}" } });
        }

        await container.UploadAsync("other/x.json", Text("{}"));

        var names = new List<string>();
        string? marker = null;
        var pages = 0;
        do
        {
            var page = await container.ListBlobsPageAsync("notices/", marker, maxResults: 3);
            names.AddRange(page.Blobs.Select(b => b.Name));
            Assert.All(page.Blobs, b => Assert.Equal(b.Name[^6].ToString(), b.Metadata["index"]));
            marker = page.NextMarker;
            pages++;
        }
        while (marker is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"notices/uk{i}.json"), names);
        var all = new List<string>();
        await foreach (var blob in container.ListBlobsAsync())
        {
            all.Add(blob.Name);
        }

        Assert.Equal(8, all.Count);
    }

    [Fact]
    public async Task DeleteBlob_StaleIfMatch_ThrowsPreconditionFailed_CurrentDeletes()
    {
        var container = await NewContainerAsync();
        var stale = await container.UploadAsync("x", Text("1"));
        var current = await container.UploadAsync("x", Text("2"));

        var error = await Assert.ThrowsAsync<StorageException>(() => container.DeleteBlobAsync("x", stale.ETag));

        Assert.True(error.IsPreconditionFailed);
        Assert.True(await container.DeleteBlobAsync("x", current.ETag));
        Assert.False(await container.DeleteBlobAsync("x"));
    }

    [Fact]
    public async Task DeleteAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        var container = await NewContainerAsync();

        Assert.True(await container.DeleteAsync());
        Assert.False(await container.DeleteAsync());
    }
}
