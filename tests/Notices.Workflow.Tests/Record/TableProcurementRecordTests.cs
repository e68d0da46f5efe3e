using Notices.Storage.Workflow;
using Notices.Testing;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Record;

/// <summary>The record of decisions in Table storage, on Azurite: appends guarded by the head, idempotent when repeated.</summary>
public sealed class TableProcurementRecordTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DecisionContext Context = Scenario.Tendering().Events[0].Context;

    private async Task<TableProcurementRecord> NewRecordAsync()
    {
        var table = azurite.Storage.Tables.GetTableClient(UniqueName.Table("record"));
        await table.CreateIfNotExistsAsync();
        return new TableProcurementRecord(table);
    }

    private static ProcurementId NewId() => new("r-" + Guid.NewGuid().ToString("N")[..10]);

    private static RecordedEvent[] Events(long after, params string[] contents) =>
        [.. contents.Select((content, i) => new RecordedEvent(after + 1 + i, new NoticeAmended(Context, "uk4-1", content)))];

    private static IEnumerable<string> Contents(ProcurementHistory history) => history.Events.Select(e => ((NoticeAmended)e.Event).Content);

    [Fact]
    public async Task LoadAsync_UnknownProcurement_IsVersionZeroWithNoEvents()
    {
        var record = await NewRecordAsync();

        var history = await record.LoadAsync(NewId(), CancellationToken.None);

        Assert.Equal(0, history.Version);
        Assert.Empty(history.Events);
    }

    [Fact]
    public async Task AppendAsync_TwiceInTurn_LoadsEveryEventInOrderAtTheNewVersion()
    {
        var record = await NewRecordAsync();
        var id = NewId();

        await record.AppendAsync(id, 0, Events(0, "first", "second"), CancellationToken.None);
        await record.AppendAsync(id, 2, Events(2, "third"), CancellationToken.None);

        var history = await record.LoadAsync(id, CancellationToken.None);
        Assert.Equal(3, history.Version);
        Assert.Equal([1L, 2L, 3L], history.Events.Select(e => e.Version));
        Assert.Equal(["first", "second", "third"], Contents(history));
    }

    [Fact]
    public async Task AppendAsync_RepeatedAtTheSameExpectedVersion_WritesNothingMore()
    {
        var record = await NewRecordAsync();
        var id = NewId();
        await record.AppendAsync(id, 0, Events(0, "first"), CancellationToken.None);
        await record.AppendAsync(id, 1, Events(1, "second", "third"), CancellationToken.None);

        // The recording activity run again after a crash: the append is already in the record.
        await record.AppendAsync(id, 1, Events(1, "second", "third"), CancellationToken.None);

        var history = await record.LoadAsync(id, CancellationToken.None);
        Assert.Equal(3, history.Version);
        Assert.Equal(["first", "second", "third"], Contents(history));
    }

    [Fact]
    public async Task AppendAsync_AtAVersionTheStreamIsNotAt_ConflictsAndWritesNothing()
    {
        var record = await NewRecordAsync();
        var id = NewId();
        await record.AppendAsync(id, 0, Events(0, "first", "second"), CancellationToken.None);

        var behind = await Assert.ThrowsAsync<RecordConflictException>(() => record.AppendAsync(id, 0, Events(0, "other"), CancellationToken.None));
        var ahead = await Assert.ThrowsAsync<RecordConflictException>(() => record.AppendAsync(id, 5, Events(5, "later"), CancellationToken.None));

        Assert.Contains("is at version 2, not 0", behind.Message, StringComparison.Ordinal);
        Assert.Contains("is at version 2, not 5", ahead.Message, StringComparison.Ordinal);
        Assert.Equal(["first", "second"], Contents(await record.LoadAsync(id, CancellationToken.None)));
    }

    [Fact]
    public async Task AppendAsync_OtherEventsAsTheSameVersions_Conflicts()
    {
        var record = await NewRecordAsync();
        var id = NewId();
        await record.AppendAsync(id, 0, Events(0, "first"), CancellationToken.None);

        var conflict = await Assert.ThrowsAsync<RecordConflictException>(() => record.AppendAsync(id, 0, Events(0, "not first"), CancellationToken.None));

        Assert.Contains("already holds other events", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(["first"], Contents(await record.LoadAsync(id, CancellationToken.None)));
    }

    [Fact]
    public async Task AppendAsync_ConcurrentAtTheSameVersion_ExactlyOneWins()
    {
        var record = await NewRecordAsync();
        var id = NewId();
        await record.AppendAsync(id, 0, Events(0, "start"), CancellationToken.None);
        var writers = Enumerable.Range(1, 8).Select(n => $"writer {n}").ToArray();

        var outcomes = await Task.WhenAll(writers.Select(async writer =>
        {
            try
            {
                await record.AppendAsync(id, 1, Events(1, writer, writer + " again"), CancellationToken.None);
                return writer;
            }
            catch (RecordConflictException)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes, o => o is not null);
        var history = await record.LoadAsync(id, CancellationToken.None);
        Assert.Equal(3, history.Version);
        Assert.Equal(["start", winner, winner + " again"], Contents(history));
    }

    [Fact]
    public async Task AppendAsync_EventLargerThanATableProperty_RoundTrips()
    {
        var record = await NewRecordAsync();
        var id = NewId();
        var large = string.Concat(Enumerable.Range(0, 12_000).Select(i => $"clause {i}; "));
        Assert.True(large.Length > 64 * 1024, "The event must be larger than a property may hold (64 KiB).");

        await record.AppendAsync(id, 0, Events(0, large), CancellationToken.None);

        Assert.Equal([large], Contents(await record.LoadAsync(id, CancellationToken.None)));
    }

    [Fact]
    public async Task AppendAsync_MoreEventsThanOneTransactionHolds_IsRefusedBeforeWriting()
    {
        var record = await NewRecordAsync();
        var id = NewId();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            record.AppendAsync(id, 0, Events(0, [.. Enumerable.Range(1, 100).Select(n => $"event {n}")]), CancellationToken.None));

        Assert.Contains("at most 99 events", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await record.LoadAsync(id, CancellationToken.None)).Version);
    }
}
