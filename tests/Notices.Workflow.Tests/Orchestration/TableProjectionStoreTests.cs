using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Notices.Storage.Workflow;
using Notices.Testing;
using Notices.Workflow.Projections;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>Projection changes on Azure Storage: one request per partition, whatever mix of upserts and deletes it holds.</summary>
public sealed class TableProjectionStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ApplyAsync_UpsertsAndDeletesInOnePartition_WritesThemInOneRequest()
    {
        var (store, requests) = await StoreAsync();
        await store.ApplyAsync([Upsert("buyer", "Planning|p1"), Upsert("buyer", "Planning|p2")], CancellationToken.None);
        var before = requests.Count;

        await store.ApplyAsync([new DeleteRow(ProjectionTables.Procurements, "buyer", "Planning|p1"), Upsert("buyer", "Tendering|p1")], CancellationToken.None);

        Assert.Equal(1, requests.Count - before);
        Assert.Equal(["Planning|p2", "Tendering|p1"], await RowKeysAsync(store, "buyer"));
    }

    [Fact]
    public async Task ApplyAsync_DeletingARowAlreadyGone_StillWritesTheOtherChanges()
    {
        var (store, _) = await StoreAsync();

        await store.ApplyAsync([new DeleteRow(ProjectionTables.Procurements, "buyer", "Planning|gone"), Upsert("buyer", "Tendering|p1"), Upsert("buyer", "Tendering|p2")], CancellationToken.None);

        Assert.Equal(["Tendering|p1", "Tendering|p2"], await RowKeysAsync(store, "buyer"));
    }

    private static UpsertRow Upsert(string partition, string rowKey) =>
        new(new ProjectionRow(ProjectionTables.Procurements, partition, rowKey, "{\"row\":\"" + rowKey + "\"}"));

    /// <summary>The row keys of the partition's rows, as each row's data holds them.</summary>
    private static async Task<List<string>> RowKeysAsync(TableProjectionStore store, string partition) =>
        [.. (await store.QueryAsync(new ProjectionQuery(ProjectionTables.Procurements, partition), CancellationToken.None)).Rows.Select(r => r.Data[8..^2])];

    private async Task<(TableProjectionStore Store, RequestCount Requests)> StoreAsync()
    {
        var requests = new RequestCount();
        var options = new TableClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerRetry);
        var tables = new TableServiceClient(azurite.ConnectionString, options);
        var names = new WorkflowStorageNames(UniqueName.Table("p"));
        await WorkflowStorage.EnsureCreatedAsync(azurite.Storage, names);
        return (new TableProjectionStore(ProjectionTables.All.ToDictionary(t => t, t => tables.GetTableClient(names.Projection(t)))), requests);
    }

    private sealed class RequestCount : HttpPipelineSynchronousPolicy
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
    }
}
