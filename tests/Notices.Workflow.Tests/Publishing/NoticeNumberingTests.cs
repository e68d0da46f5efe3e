using Notices.Storage.Workflow;
using Notices.Testing;
using Notices.Testing.InMemory;
using Notices.Workflow.Publishing;
using Xunit;

namespace Notices.Workflow.Tests.Publishing;

/// <summary>Numbers assigned once per key: in memory and in Table storage alike.</summary>
public abstract class NoticeNumberingTests
{
    protected abstract Task<INoticeNumbering> CreateAsync();

    [Fact]
    public async Task AssignAsync_NewKeys_GetTheNextNumbersOfTheirOwnSeries()
    {
        var numbering = await CreateAsync();

        Assert.Equal(1, await numbering.AssignAsync("2026", "p1/uk4-1", CancellationToken.None));
        Assert.Equal(2, await numbering.AssignAsync("2026", "p1/uk6-1", CancellationToken.None));
        Assert.Equal(1, await numbering.AssignAsync("ocid", "p1", CancellationToken.None));
    }

    [Fact]
    public async Task AssignAsync_KeyAskedForAgain_GetsItsOwnNumberAndUsesUpNoOther()
    {
        var numbering = await CreateAsync();
        var first = await numbering.AssignAsync("2026", "p1/uk4-1", CancellationToken.None);

        var again = await numbering.AssignAsync("2026", "p1/uk4-1", CancellationToken.None);
        var next = await numbering.AssignAsync("2026", "p2/uk4-1", CancellationToken.None);

        Assert.Equal((1, 1, 2), (first, again, next));
    }

    [Fact]
    public async Task AssignAsync_ManyAtOnce_GivesEachKeyOneNumberAndNoNumberTwice()
    {
        var numbering = await CreateAsync();
        var keys = Enumerable.Range(1, 12).Select(n => $"p{n}/uk6-1").ToArray();

        // Each key asked for twice at once, as two deliveries of one publication would.
        var numbers = await Task.WhenAll(keys.Concat(keys).Select(key => numbering.AssignAsync("2026", key, CancellationToken.None)));

        Assert.Equal(numbers[..keys.Length], numbers[keys.Length..]);
        Assert.Equal(Enumerable.Range(1, keys.Length).Select(n => (long)n), numbers[..keys.Length].Order());
    }
}

public sealed class InMemoryNoticeNumberingTests : NoticeNumberingTests
{
    protected override Task<INoticeNumbering> CreateAsync() => Task.FromResult<INoticeNumbering>(new InMemoryNoticeNumbering());
}

public sealed class TableNoticeNumberingTests(AzuriteFixture azurite) : NoticeNumberingTests, IClassFixture<AzuriteFixture>
{
    protected override async Task<INoticeNumbering> CreateAsync()
    {
        var table = azurite.Storage.Tables.GetTableClient(UniqueName.Table("register"));
        await table.CreateIfNotExistsAsync();
        return new TableNoticeNumbering(table);
    }

    [Fact]
    public void KeyRowKey_KeyWithCharactersARowKeyRefuses_EscapesThem() =>
        Assert.Equal("k-p1%2Fuk4-1%23%3F%5C%25", TableNoticeNumbering.KeyRowKey("p1/uk4-1#?\\%"));
}
