using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Notices.Azurite;
using Notices.Storage;

namespace Notices.Bench;

/// <summary>
/// Entity group transactions through the Azure SDK's table client against a local Azurite: the shape the
/// record's append writes (a decision's events, two here, and the stream head guarded by its ETag), sequentially and
/// with several streams at once, plus single inserts for comparison. Medians of five rounds.
/// </summary>
internal static class StorageBenchmark
{
    private const int Rounds = 5;
    private const int TransactionsPerRound = 200;
    private const int Streams = 8;

    public static async Task<int> RunAsync()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var table = StorageServices.FromConnectionString(azurite.ConnectionString).Tables.GetTableClient("Bench" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();

        await SequentialTransactionsAsync(table, "warmup", 50);

        var sequential = new List<double>();
        var concurrent = new List<double>();
        var inserts = new List<double>();
        var singleActionBatches = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            sequential.Add(await MeasureAsync(TransactionsPerRound, () => SequentialTransactionsAsync(table, $"seq-{round}", TransactionsPerRound)));
            concurrent.Add(await MeasureAsync(TransactionsPerRound, () => ConcurrentTransactionsAsync(table, $"par-{round}", TransactionsPerRound)));
            inserts.Add(await MeasureAsync(TransactionsPerRound, () => SingleInsertsAsync(table, $"ins-{round}", TransactionsPerRound)));
            singleActionBatches.Add(await MeasureAsync(TransactionsPerRound, () => SingleActionTransactionsAsync(table, $"one-{round}", TransactionsPerRound)));
        }

        var sequentialMedian = Stats.Median(sequential);
        Console.WriteLine($"storage: 3-action transactions, one stream at a time:  {sequentialMedian,8:0} per second (median of {Rounds} rounds of {TransactionsPerRound})");
        Console.WriteLine($"storage: 3-action transactions, {Streams} streams at once:    {Stats.Median(concurrent),8:0} per second ({Stats.Median(concurrent) / sequentialMedian:0.0}x sequential)");
        Console.WriteLine($"storage: single inserts, one at a time:                 {Stats.Median(inserts),8:0} per second");
        Console.WriteLine($"storage: 1-action transactions, one at a time:          {Stats.Median(singleActionBatches),8:0} per second (the same insert as a transaction)");
        return 0;
    }

    private static async Task<double> MeasureAsync(int operations, Func<Task> run)
    {
        var stopwatch = Stopwatch.StartNew();
        await run();
        return operations / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>One stream: append each decision's two events, moving the head on with each.</summary>
    private static async Task SequentialTransactionsAsync(TableClient table, string stream, int count)
    {
        var head = new TableEntity(stream, "head") { ["Version"] = 0 };
        var etag = (await table.AddEntityAsync(head)).Headers.ETag ?? ETag.All;
        for (var version = 1; version <= count; version++)
        {
            etag = await AppendAsync(table, head, etag, version);
        }
    }

    private static async Task ConcurrentTransactionsAsync(TableClient table, string prefix, int count) =>
        await Task.WhenAll(Enumerable.Range(0, Streams).Select(s => SequentialTransactionsAsync(table, $"{prefix}-{s}", count / Streams)));

    private static async Task SingleInsertsAsync(TableClient table, string partition, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await table.AddEntityAsync(new TableEntity(partition, i.ToString("D6", CultureInfo.InvariantCulture)) { ["Kind"] = "ContractAwarded", ["At"] = DateTimeOffset.UtcNow });
        }
    }

    private static async Task SingleActionTransactionsAsync(TableClient table, string partition, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, i.ToString("D6", CultureInfo.InvariantCulture)) { ["Kind"] = "ContractAwarded", ["At"] = DateTimeOffset.UtcNow })]);
        }
    }

    /// <summary>Appends decision n (events 2n-1 and 2n, as the record numbers them) and returns the head's new ETag, which guards the next append.</summary>
    private static async Task<ETag> AppendAsync(TableClient table, TableEntity head, ETag etag, int version)
    {
        string Key(int n) => "e-" + n.ToString("D10", CultureInfo.InvariantCulture);
        head["Version"] = 2 * version;
        var responses = await table.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, head, etag),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(head.PartitionKey, Key((2 * version) - 1)) { ["Type"] = "NoticeApproved", ["Data"] = "{\"notice\":\"UK6\",\"by\":\"approver@council.gov.uk\"}", ["At"] = DateTimeOffset.UtcNow }),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(head.PartitionKey, Key(2 * version)) { ["Type"] = "NoticePublished", ["Data"] = "{\"notice\":\"UK6\",\"receipt\":\"ocds-local-1\"}", ["At"] = DateTimeOffset.UtcNow }),
        ]);
        return responses.Value[0].Headers.ETag ?? ETag.All;
    }
}
