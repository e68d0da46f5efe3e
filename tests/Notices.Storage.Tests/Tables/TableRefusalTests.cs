using Notices.Storage.Tables;
using Notices.Testing;
using Xunit;

namespace Notices.Storage.Tests.Tables;

/// <summary>What Azure refuses and Azurite lets through: the client refuses it first, sending nothing.</summary>
public sealed class TableRefusalTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<TableClient> NewTableAsync()
    {
        var table = azurite.Account.GetTable(UniqueName.Table("Refused"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private static TableTransactionAction Add(string partitionKey, string rowKey) =>
        new(TableTransactionActionType.Add, new TableEntity(partitionKey, rowKey));

    [Fact]
    public async Task SubmitTransaction_TwoPartitions_IsRefusedAndWritesNothing()
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([Add("a", "1"), Add("b", "1")]));

        Assert.Contains("one PartitionKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
        Assert.Null(await table.GetEntityAsync("a", "1"));
        Assert.Null(await table.GetEntityAsync("b", "1"));
    }

    [Fact]
    public async Task SubmitTransaction_101Actions_IsRefusedAndWritesNothing()
    {
        var table = await NewTableAsync();
        var actions = Enumerable.Range(0, 101).Select(i => Add("p", $"{i:D3}")).ToList();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(actions));

        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);
        Assert.Null(await table.GetEntityAsync("p", "000"));
    }

    [Fact]
    public async Task SubmitTransaction_SameEntityTwice_IsRefused()
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([Add("p", "1"), Add("p", "1")]));

        Assert.Contains("RowKey '1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitTransaction_NoActions_IsRefused()
    {
        var table = await NewTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([]));
    }

    [Theory]
    [InlineData("bad/key")]
    [InlineData("bad\\key")]
    [InlineData("bad#key")]
    [InlineData("bad?key")]
    [InlineData("bad\u0001key")]
    public async Task AddEntity_ForbiddenKeyCharacter_IsRefusedNamingTheField(string rowKey)
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", rowKey)));

        Assert.StartsWith("RowKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEntity_253Properties_IsRefused()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("p", "wide");
        for (var i = 0; i < 253; i++)
        {
            entity[$"P{i}"] = i;
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(entity));

        Assert.Contains("253 properties", error.Message, StringComparison.Ordinal);
        Assert.Null(await table.GetEntityAsync("p", "wide"));
    }

    [Fact]
    public async Task AddEntity_StringOver32KCharacters_IsRefusedNamingTheProperty()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("p", "long") { ["Body"] = new string('x', 32 * 1024 + 1) };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(entity));

        Assert.Contains("'Body'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEntity_OverOneMebibyte_IsRefused()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("p", "big");
        for (var i = 0; i < 20; i++)
        {
            entity[$"Chunk{i}"] = new string('x', 30_000);
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(entity));

        Assert.Contains("1 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_PropertyNameWithHyphen_IsRefused()
    {
        var entity = new TableEntity("p", "r");

        var error = Assert.Throws<ArgumentException>(() => entity["due-date"] = 1);

        Assert.Contains("due-date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_UnsupportedType_IsRefusedNamingTheProperty()
    {
        var entity = new TableEntity("p", "r");

        var error = Assert.Throws<ArgumentException>(() => entity["Amount"] = 12.5m);

        Assert.Contains("'Amount'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Decimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_UnspecifiedKindDateTime_IsRefused()
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity["When"] = new DateTime(2025, 6, 3));
    }

    [Fact]
    public async Task QueryPage_TopOver1000_IsRefused()
    {
        var table = await NewTableAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => table.QueryPageAsync(top: 1001));
    }
}
