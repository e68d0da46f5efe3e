using Notices.Storage.Tables;
using Notices.Testing;
using Xunit;

namespace Notices.Storage.Tests.Tables;

public sealed class TableClientTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<TableClient> NewTableAsync()
    {
        var table = azurite.Account.GetTable(UniqueName.Table("Entities"));
        Assert.True(await table.CreateIfNotExistsAsync());
        return table;
    }

    [Fact]
    public async Task CreateIfNotExists_TableExists_ReturnsFalse()
    {
        var table = await NewTableAsync();

        Assert.False(await table.CreateIfNotExistsAsync());
    }

    [Fact]
    public async Task DeleteAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        var table = await NewTableAsync();

        Assert.True(await table.DeleteAsync());
        Assert.False(await table.DeleteAsync());
    }

    [Fact]
    public async Task AddEntity_EveryEdmType_RoundTripsExactly()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2025, 6, 3, 14, 30, 15, TimeSpan.Zero).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "ünïcode 'quoted'",
            ["Int"] = 42,
            ["Long"] = (1L << 53) + 1,
            ["Double"] = 2.0,
            ["Fraction"] = 0.1,
            ["Flag"] = true,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 254, 255 },
        };

        var etag = await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync("p", "r");

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.NotNull(read.Timestamp);
        Assert.Equal("ünïcode 'quoted'", read.GetString("Text"));
        Assert.Equal(42, read["Int"]);
        Assert.Equal((1L << 53) + 1, read["Long"]);
        Assert.Equal(2.0, read["Double"]);
        Assert.Equal(0.1, read["Fraction"]);
        Assert.Equal(true, read["Flag"]);
        Assert.Equal(when, read.GetDateTimeOffset("When"));
        Assert.Equal(id, read.GetGuid("Id"));
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, read.GetBinary("Bytes"));
    }

    [Fact]
    public async Task AddEntity_Twice_ThrowsConflictSayingEntityAlreadyExists()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var error = await Assert.ThrowsAsync<StorageException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }));

        Assert.True(error.IsConflict);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Contains("entity already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await table.GetEntityAsync("p", "r"))!["N"]);
    }

    [Fact]
    public async Task GetEntity_Missing_ReturnsNull()
    {
        var table = await NewTableAsync();

        Assert.Null(await table.GetEntityAsync("p", "absent"));
    }

    [Fact]
    public async Task GetEntity_WithSelect_ReturnsOnlySelectedProperties()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var read = await table.GetEntityAsync("p", "r", ["A"]);

        Assert.Equal("a", read!["A"]);
        Assert.False(read.ContainsKey("B"));
    }

    [Fact]
    public async Task KeysWithQuotesAndSpaces_RoundTrip()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("buyer's council", "ocds-h6vhtk 1%2+3") { ["N"] = 1 };

        await table.AddEntityAsync(entity);

        Assert.NotNull(await table.GetEntityAsync("buyer's council", "ocds-h6vhtk 1%2+3"));
        Assert.True(await table.DeleteEntityAsync("buyer's council", "ocds-h6vhtk 1%2+3"));
    }

    [Fact]
    public async Task UpsertEntity_ReplaceThenMerge_ReplaceDropsAndMergeKeepsProperties()
    {
        var table = await NewTableAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Name"] = "alpha", ["Old"] = 1 });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Name"] = "alpha2" }, TableUpdateMode.Replace);
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["Extra"] = 1 }, TableUpdateMode.Merge);

        var read = await table.GetEntityAsync("p", "r");
        Assert.Equal("alpha2", read!["Name"]);
        Assert.Equal(1, read["Extra"]);
        Assert.False(read.ContainsKey("Old"));
    }

    [Fact]
    public async Task UpdateEntity_CurrentETag_SucceedsAndReturnsNewETag()
    {
        var table = await NewTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var newETag = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, etag);

        Assert.NotEqual(etag, newETag);
        Assert.Equal(2, (await table.GetEntityAsync("p", "r"))!["N"]);
    }

    [Fact]
    public async Task UpdateEntity_StaleETag_ThrowsPreconditionFailedAndChangesNothing()
    {
        var table = await NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, stale);

        var error = await Assert.ThrowsAsync<StorageException>(() => table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 3 }, stale, TableUpdateMode.Merge));

        Assert.True(error.IsPreconditionFailed);
        Assert.Contains("condition not met", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await table.GetEntityAsync("p", "r"))!["N"]);
    }

    [Fact]
    public async Task UpdateEntity_Missing_ThrowsNotFound()
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<StorageException>(() => table.UpdateEntityAsync(new TableEntity("p", "absent") { ["N"] = 1 }, "*"));

        Assert.True(error.IsNotFound);
    }

    [Fact]
    public async Task DeleteEntity_StaleETag_ThrowsPreconditionFailedAndKeepsEntity()
    {
        var table = await NewTableAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 2 });

        var error = await Assert.ThrowsAsync<StorageException>(() => table.DeleteEntityAsync("p", "r", stale));

        Assert.True(error.IsPreconditionFailed);
        Assert.NotNull(await table.GetEntityAsync("p", "r"));
    }

    [Fact]
    public async Task DeleteEntity_CurrentETagThenAgain_ReturnsTrueThenFalse()
    {
        var table = await NewTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r"));

        Assert.True(await table.DeleteEntityAsync("p", "r", etag));
        Assert.False(await table.DeleteEntityAsync("p", "r"));
        Assert.Null(await table.GetEntityAsync("p", "r"));
    }
}
