using System.Diagnostics;
using System.Globalization;
using Notices.Storage;
using Notices.Storage.Local;
using Notices.Storage.Tables;

namespace Notices.Bench;

/// <summary>
/// Entity group transactions through the storage client against a local Azurite: the shape the
/// workflow writes (one event, one intent, the stream head guarded by its ETag), sequentially and
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
        var account = azurite.CreateAccount();
        var table = account.GetTable("Bench" + Guid.NewGuid().ToString("N")[..8]);
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

        var sequentialMedian = Median(sequential);
        Console.WriteLine($"storage: 3-action transactions, one stream at a time:  {sequentialMedian,8:0} per second (median of {Rounds} rounds of {TransactionsPerRound})");
        Console.WriteLine($"storage: 3-action transactions, {Streams} streams at once:    {Median(concurrent),8:0} per second ({Median(concurrent) / sequentialMedian:0.0}x sequential)");
        Console.WriteLine($"storage: single inserts, one at a time:                 {Median(inserts),8:0} per second");
        Console.WriteLine($"storage: 1-action transactions, one at a time:          {Median(singleActionBatches),8:0} per second (the same insert as a transaction)");
        Console.WriteLine($"storage: client-side cost of one 3-action transaction:  {ClientSideMicroseconds(),8:0.0} microseconds (body, signature and answer parsing, no I/O)");
        return 0;
    }

    private static async Task<double> MeasureAsync(int operations, Func<Task> run)
    {
        var stopwatch = Stopwatch.StartNew();
        await run();
        return operations / stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>One stream: append event n and intent n, and move the head from version n-1 to n.</summary>
    private static async Task SequentialTransactionsAsync(TableClient table, string stream, int count)
    {
        var head = new TableEntity(stream, "head") { ["Version"] = 0 };
        await table.AddEntityAsync(head);
        for (var version = 1; version <= count; version++)
        {
            await AppendAsync(table, head, version);
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

    private static Task<IReadOnlyList<string?>> AppendAsync(TableClient table, TableEntity head, int version)
    {
        var key = version.ToString("D10", CultureInfo.InvariantCulture);
        var etag = head.ETag;
        head["Version"] = version;
        return table.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(head.PartitionKey, "e-" + key) { ["Type"] = "NoticeApproved", ["Data"] = "{\"notice\":\"UK6\",\"by\":\"approver@council.gov.uk\"}", ["At"] = DateTimeOffset.UtcNow }),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(head.PartitionKey, "i-" + key) { ["Activity"] = "PublishNotice", ["Due"] = DateTimeOffset.UtcNow }),
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, head, etag),
        ]);
    }

    private static double ClientSideMicroseconds()
    {
        const int iterations = 20_000;
        var head = new TableEntity("stream", "head") { ["Version"] = 1, ETag = "W/\"datetime'2026-11-22T02%3A28%3A08.5303454Z'\"" };
        var actions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("stream", "e-1") { ["Type"] = "NoticeApproved", ["At"] = DateTimeOffset.UtcNow }),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("stream", "i-1") { ["Activity"] = "PublishNotice" }),
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, head, head.ETag),
        };
        var answer = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(
            "--changesetresponse_x\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nHTTP/1.1 204 No Content\r\nETag: W/\"datetime'2026-11-22T02%3A28%3A08.5303454Z'\"\r\n\r\n", 3)) + "--changesetresponse_x--\r\n");
        var signer = new Notices.Storage.Pipeline.SharedKeyPolicy("devstoreaccount1", "Zm9vYmFy", StorageService.Table);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            TableBatch.Validate(actions);
            TableBatch.WriteBody(actions, "http://127.0.0.1:10002/devstoreaccount1/Events", "batch_1", "changeset_1");
            signer.Sign("POST\n\nmultipart/mixed; boundary=batch_1\nSun, 22 Nov 2026 02:26:53 GMT\n/devstoreaccount1/devstoreaccount1/$batch");
            TableBatch.ReadResponse(answer, 3);
        }

        return stopwatch.Elapsed.TotalMicroseconds / iterations;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
