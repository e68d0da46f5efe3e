using Notices.Azurite;
using Azure;
using Azure.Data.Tables;
using Notices.Testing;
using Xunit;

namespace Notices.Storage.Tests.Local;

public sealed class AzuriteProcessTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("azurite-data-").FullName;

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    [Fact]
    public async Task StartAsync_DataFolderAndGivenPorts_KeepsDataAcrossRestartAndStopsOnDispose()
    {
        var ports = new AzuriteOptions { DataFolder = _dataFolder, BlobPort = FreeTcpPort.Next(), QueuePort = FreeTcpPort.Next(), TablePort = FreeTcpPort.Next() };
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;

        var first = await AzuriteProcess.StartAsync(ports);
        Assert.Equal(ports.TablePort, first.TablePort);
        Assert.Contains($"TableEndpoint=http://127.0.0.1:{ports.TablePort}/devstoreaccount1", first.ConnectionString, StringComparison.Ordinal);
        var table = new TableClient(first.ConnectionString, "Kept", options);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 7 });
        await first.DisposeAsync();

        Assert.True(first.HasExited);
        var stopped = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync<TableEntity>("p", "r"));
        Assert.Equal(0, stopped.Status);

        await using var second = await AzuriteProcess.StartAsync(ports);
        var reread = await new TableClient(second.ConnectionString, "Kept", options).GetEntityAsync<TableEntity>("p", "r");
        Assert.Equal(7, reread.Value.GetInt32("N"));
    }

    [Fact]
    public async Task StartAsync_InMemory_ServesAllThreeServicesOnFreePorts()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var storage = StorageServices.FromConnectionString(azurite.ConnectionString);

        Assert.Equal(3, new[] { azurite.BlobPort, azurite.QueuePort, azurite.TablePort }.Distinct().Count());
        Assert.NotNull((await storage.Blobs.GetBlobContainerClient("probe").CreateIfNotExistsAsync())?.Value);
        Assert.NotNull(await storage.Queues.GetQueueClient("probe").CreateIfNotExistsAsync());
        Assert.Equal("Probe", (await storage.Tables.GetTableClient("Probe").CreateIfNotExistsAsync()).Value.Name);
    }

    [Fact]
    public void Find_FromTestOutputFolder_ReturnsTheFolderHoldingTheSolution()
    {
        var root = RepositoryRoot.Find();

        Assert.True(File.Exists(Path.Combine(root, RepositoryRoot.MarkerFile)));
        Assert.True(File.Exists(Path.Combine(root, "package.json")));
    }
}
