using Notices.Storage.Workflow;
using Notices.Testing;
using Notices.Workflow.InMemory;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Runtime;

/// <summary>An append that completes an earlier unsettled one: both stores remove its marker in the same write, or write nothing.</summary>
public abstract class EventStoreCompletionTests
{
    private static readonly IReadOnlyList<Events.ProcurementEvent> History = Scenario.Tendering().Events;

    protected abstract Task<IEventStore> CreateStoreAsync();

    [Fact]
    public async Task AppendAsync_CompletingAnUnsettledAppend_RemovesItsMarkerAndCoversItsVersions()
    {
        var store = await CreateStoreAsync();
        var id = NewId();
        var etag = await store.AppendAsync(Append(id, 0, null), CancellationToken.None);
        await store.SettleAsync(id, 1, CancellationToken.None);
        etag = await store.AppendAsync(Append(id, 1, etag), CancellationToken.None);

        await store.AppendAsync(Append(id, 2, etag, new UnsettledRange(2, 2)), CancellationToken.None);

        var unsettled = Assert.Single(await store.FindUnsettledAsync(DateTimeOffset.MaxValue, 500, CancellationToken.None), u => u.Id == id);
        Assert.Equal((2, 3), (unsettled.FirstVersion, unsettled.LastVersion));
    }

    [Fact]
    public async Task AppendAsync_CompletingAnAppendAlreadySettled_ThrowsAndWritesNothing()
    {
        var store = await CreateStoreAsync();
        var id = NewId();
        var etag = await store.AppendAsync(Append(id, 0, null), CancellationToken.None);
        await store.SettleAsync(id, 1, CancellationToken.None);

        await Assert.ThrowsAsync<CompletedMarkerMissingException>(() => store.AppendAsync(Append(id, 1, etag, new UnsettledRange(1, 1)), CancellationToken.None));

        Assert.Equal(1, (await store.LoadAsync(id, CancellationToken.None)).Version);
        Assert.DoesNotContain(await store.FindUnsettledAsync(DateTimeOffset.MaxValue, 500, CancellationToken.None), u => u.Id == id);
    }

    private static ProcurementId NewId() => new("s-" + Guid.NewGuid().ToString("N")[..10]);

    private static AppendRequest Append(ProcurementId id, int version, string? etag, UnsettledRange? completes = null) =>
        new(id, version, etag, [new RecordedEvent(version + 1, History[version])], [], Moments.Start, completes);
}

public sealed class InMemoryEventStoreCompletionTests : EventStoreCompletionTests
{
    protected override Task<IEventStore> CreateStoreAsync() => Task.FromResult<IEventStore>(new InMemoryEventStore());
}

public sealed class TableEventStoreCompletionTests(AzuriteFixture azurite) : EventStoreCompletionTests, IClassFixture<AzuriteFixture>
{
    protected override async Task<IEventStore> CreateStoreAsync()
    {
        var table = azurite.Storage.Tables.GetTableClient(UniqueName.Table("s"));
        await table.CreateIfNotExistsAsync();
        return new TableEventStore(table);
    }
}
