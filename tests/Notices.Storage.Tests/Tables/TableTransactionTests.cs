using Notices.Storage.Tables;
using Notices.Testing;
using Xunit;

namespace Notices.Storage.Tests.Tables;

public sealed class TableTransactionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<TableClient> NewTableAsync()
    {
        var table = azurite.Account.GetTable(UniqueName.Table("Batch"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private static async Task<List<string>> RowKeysAsync(TableClient table, string partitionKey)
    {
        var keys = new List<string>();
        await foreach (var entity in table.QueryAsync(TableFilter.PartitionKeyEquals(partitionKey)))
        {
            keys.Add(entity.RowKey);
        }

        return keys;
    }

    [Fact]
    public async Task SubmitTransaction_ThreeInserts_WritesAllAndReturnsTheirETags()
    {
        var table = await NewTableAsync();
        var actions = Enumerable.Range(0, 3)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("g", $"{i:D3}") { ["V"] = i }))
            .ToList();

        var etags = await table.SubmitTransactionAsync(actions);

        Assert.Equal(3, etags.Count);
        Assert.Equal(["000", "001", "002"], await RowKeysAsync(table, "g"));
        var second = await table.GetEntityAsync("g", "001");
        Assert.Equal(etags[1], second!.ETag);
        Assert.Equal(etags[1], actions[1].Entity.ETag);
    }

    [Fact]
    public async Task SubmitTransaction_SecondActionConflicts_WritesNothingAndNamesTheAction()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("g", "001") { ["V"] = "existing" });
        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("g", "000")),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("g", "001") { ["V"] = "new" }),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("g", "002")),
        };

        var error = await Assert.ThrowsAsync<StorageException>(() => table.SubmitTransactionAsync(actions));

        Assert.True(error.IsConflict);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Equal(1, error.FailedActionIndex);
        Assert.Contains("entity already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal(["001"], await RowKeysAsync(table, "g"));
        Assert.Equal("existing", (await table.GetEntityAsync("g", "001"))!["V"]);
    }

    [Fact]
    public async Task SubmitTransaction_StaleIfMatch_ThrowsPreconditionFailedAndWritesNothing()
    {
        var table = await NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("s", "head") { ["Version"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("s", "head") { ["Version"] = 2 });
        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("s", "event-2")),
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity("s", "head") { ["Version"] = 3 }, stale),
        };

        var error = await Assert.ThrowsAsync<StorageException>(() => table.SubmitTransactionAsync(actions));

        Assert.True(error.IsPreconditionFailed);
        Assert.Equal(1, error.FailedActionIndex);
        Assert.Null(await table.GetEntityAsync("s", "event-2"));
        Assert.Equal(2, (await table.GetEntityAsync("s", "head"))!["Version"]);
    }

    [Fact]
    public async Task SubmitTransaction_EveryActionType_AppliesEach()
    {
        var table = await NewTableAsync();
        var replaceETag = await table.AddEntityAsync(new TableEntity("m", "replace") { ["A"] = 1, ["B"] = 1 });
        var mergeETag = await table.AddEntityAsync(new TableEntity("m", "merge") { ["A"] = 1 });
        var deleteETag = await table.AddEntityAsync(new TableEntity("m", "delete"));
        await table.AddEntityAsync(new TableEntity("m", "upsert-merge") { ["A"] = 1 });
        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("m", "add") { ["A"] = 1 }),
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity("m", "replace") { ["A"] = 2 }, replaceETag),
            new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity("m", "merge") { ["B"] = 2 }, mergeETag),
            new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity("m", "delete"), deleteETag),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("m", "upsert-replace") { ["A"] = 3 }),
            new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity("m", "upsert-merge") { ["B"] = 3 }),
        };

        var etags = await table.SubmitTransactionAsync(actions);

        Assert.Null(etags[3]);
        Assert.All(etags.Where((_, i) => i != 3), Assert.NotNull);
        Assert.Equal(["add", "merge", "replace", "upsert-merge", "upsert-replace"], await RowKeysAsync(table, "m"));
        var replaced = await table.GetEntityAsync("m", "replace");
        Assert.Equal(2, replaced!["A"]);
        Assert.False(replaced.ContainsKey("B"));
        var merged = await table.GetEntityAsync("m", "merge");
        Assert.Equal(1, merged!["A"]);
        Assert.Equal(2, merged["B"]);
        var upsertMerged = await table.GetEntityAsync("m", "upsert-merge");
        Assert.Equal(1, upsertMerged!["A"]);
        Assert.Equal(3, upsertMerged["B"]);
    }

    [Fact]
    public async Task SubmitTransaction_HundredActions_Succeeds()
    {
        var table = await NewTableAsync();
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("h", $"{i:D3}") { ["V"] = i }))
            .ToList();

        await table.SubmitTransactionAsync(actions);

        Assert.Equal(100, (await RowKeysAsync(table, "h")).Count);
    }
}
