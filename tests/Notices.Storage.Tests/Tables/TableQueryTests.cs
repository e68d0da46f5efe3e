using Notices.Storage.Tables;
using Notices.Testing;
using Xunit;

namespace Notices.Storage.Tests.Tables;

public sealed class TableQueryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private async Task<TableClient> NewTableAsync()
    {
        var table = azurite.Account.GetTable(UniqueName.Table("Query"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private static async Task InsertAsync(TableClient table, string partitionKey, int count)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partitionKey, $"{i:D5}") { ["N"] = i, ["Big"] = (long)i << 40 }))
                .ToList());
        }
    }

    [Fact]
    public async Task Query_MoreThan1000Entities_FollowsContinuationAcrossPages()
    {
        var table = await NewTableAsync();
        await InsertAsync(table, "many", 1050);

        var first = await table.QueryPageAsync(TableFilter.PartitionKeyEquals("many"));
        var all = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync(TableFilter.PartitionKeyEquals("many")))
        {
            all.Add(entity);
        }

        Assert.Equal(1000, first.Entities.Count);
        Assert.NotNull(first.Continuation);
        Assert.Equal(1050, all.Count);
        Assert.Equal(Enumerable.Range(0, 1050).Select(i => $"{i:D5}"), all.Select(e => e.RowKey));
        Assert.Equal(1049, all[^1]["N"]);
        Assert.All(all, e => Assert.StartsWith("W/", e.ETag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueryPage_FilterSelectAndTop_ReturnsSelectedPropertiesInPagesOfTop()
    {
        var table = await NewTableAsync();
        await InsertAsync(table, "q", 8);
        await InsertAsync(table, "other", 3);

        var pages = new List<int>();
        var rows = new List<TableEntity>();
        TableContinuation? continuation = null;
        do
        {
            var page = await table.QueryPageAsync($"PartitionKey eq {TableFilter.Literal("q")} and N ge {TableFilter.Literal(2)}", ["RowKey", "N"], top: 2, continuation);
            pages.Add(page.Entities.Count);
            rows.AddRange(page.Entities);
            continuation = page.Continuation;
        }
        while (continuation is not null);

        Assert.Equal(6, rows.Count);
        Assert.True(pages.Count >= 3, $"expected pages of at most 2, got [{string.Join(',', pages)}]");
        Assert.All(pages, p => Assert.InRange(p, 0, 2));
        Assert.All(rows, r => Assert.False(r.ContainsKey("Big")));
        Assert.Equal([2, 3, 4, 5, 6, 7], rows.Select(r => r.GetInt32("N")!.Value));
    }

    [Fact]
    public async Task Query_Int64Comparison_UsesLongLiteral()
    {
        var table = await NewTableAsync();
        await InsertAsync(table, "big", 5);

        var matches = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync($"PartitionKey eq 'big' and Big ge {TableFilter.Literal(3L << 40)}"))
        {
            matches.Add(entity);
        }

        Assert.Equal(["00003", "00004"], matches.Select(e => e.RowKey));
        Assert.Equal(4L << 40, matches[1].GetInt64("Big"));
    }

    [Fact]
    public async Task Query_DateTimeAndStringWithQuote_MatchOnlyTheirRows()
    {
        var table = await NewTableAsync();
        var due = new DateTimeOffset(2025, 6, 12, 23, 59, 59, TimeSpan.Zero);
        await table.AddEntityAsync(new TableEntity("d", "1") { ["Due"] = due, ["Buyer"] = "St Mary's Trust" });
        await table.AddEntityAsync(new TableEntity("d", "2") { ["Due"] = due.AddDays(1), ["Buyer"] = "Other" });

        var byDate = new List<string>();
        await foreach (var entity in table.QueryAsync($"PartitionKey eq 'd' and Due le {TableFilter.Literal(due)}"))
        {
            byDate.Add(entity.RowKey);
        }

        var byName = new List<string>();
        await foreach (var entity in table.QueryAsync($"Buyer eq {TableFilter.Literal("St Mary's Trust")}"))
        {
            byName.Add(entity.RowKey);
        }

        Assert.Equal(["1"], byDate);
        Assert.Equal(["1"], byName);
    }

    [Fact]
    public async Task Query_NothingMatches_ReturnsEmptyWithoutContinuation()
    {
        var table = await NewTableAsync();

        var page = await table.QueryPageAsync(TableFilter.PartitionKeyEquals("none"));

        Assert.Empty(page.Entities);
        Assert.Null(page.Continuation);
    }
}
