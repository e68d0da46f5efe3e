using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Notices.Azurite;
using Notices.Storage;

namespace Notices.Bench;

/// <summary>
/// What each kind of request the workflow sends costs Azurite: each kind alone, from the same number of
/// concurrent writers, for a fixed time, as requests per second and as a fraction of one entity group
/// transaction of three rows (the ceiling's unit). Azurite is one Node.js thread, so these rates say how
/// many requests of each kind fit in the time of one transaction.
/// </summary>
internal static class RequestCostBenchmark
{
    private const int Writers = 16;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var account = StorageServices.FromConnectionString(azurite.ConnectionString);
        var table = account.Tables.GetTableClient("Costs");
        await table.CreateIfNotExistsAsync();
        var queue = account.Queues.GetQueueClient("costs");
        await queue.CreateIfNotExistsAsync();
        var container = account.Blobs.GetBlobContainerClient("costs");
        await container.CreateIfNotExistsAsync();
        var payload = new string('x', 400);
        var release = new string('r', 6000);

        // Rows to read and delete: a stream of 25 events per writer, and plenty of single rows.
        for (var w = 0; w < Writers; w++)
        {
            await table.SubmitTransactionAsync(Enumerable.Range(0, 25)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity($"s{w}", $"e-{i:D10}") { ["Data"] = payload }))
                .ToList());
        }

        var rates = new List<(string Kind, double PerSecond)>
        {
            ("table batch, 3 rows", await RateAsync((w, n) => table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity($"b{w}", "head") { ["Version"] = (long)n }),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity($"b{w}", $"e-{n:D10}") { ["Data"] = payload }),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity($"b{w}", $"u-{n:D10}") { ["Data"] = payload }),
            ]))),
            ("table batch, 1 row", await RateAsync((w, n) => table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity($"o{w}", $"r-{n % 5}") { ["Data"] = payload })]))),
            ("table insert", await RateAsync((w, n) => table.AddEntityAsync(new TableEntity($"i{w}", $"r-{n:D10}") { ["Data"] = payload }))),
            ("table upsert", await RateAsync((w, n) => table.UpsertEntityAsync(new TableEntity($"p{w}", $"r-{n % 5}") { ["Data"] = payload }))),
            ("table delete", await RateAsync((w, n) => table.DeleteEntityAsync($"i{w}", $"r-{n:D10}"))),
            ("table get", await RateAsync((w, n) => table.GetEntityAsync<TableEntity>($"s{w}", $"e-{n % 25:D10}"))),
            ("table query, 25 rows", await RateAsync(async (w, _) =>
            {
                await foreach (var unused in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {$"s{w}"}")))
                {
                }
            })),
            ("queue get, empty", await RateAsync((_, _) => queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5)))),
            ("queue put", await RateAsync((_, _) => queue.SendMessageAsync(payload))),
            ("queue get, up to 32", await RateAsync((_, _) => queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5)))),
            ("queue get, hidden", await RateAsync((_, _) => queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5)))),
            ("blob put, 6 KB", await RateAsync((w, n) => container.GetBlobClient($"w{w}/n{n}.json").UploadAsync(
                BinaryData.FromString(release),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" }, Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }))),
        };

        var unit = rates[0].PerSecond;
        Console.WriteLine($"Azurite's cost per request kind ({Writers} concurrent writers, {Duration.TotalSeconds:F0} s each, one kind at a time):");
        foreach (var (kind, perSecond) in rates)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-22} {perSecond,7:F0}/s  cost {unit / perSecond:F2} transactions"));
        }

        return 0;
    }

    private static async Task<double> RateAsync(Func<int, int, Task> request)
    {
        long done = 0;
        var until = Stopwatch.GetTimestamp() + (long)(Duration.TotalSeconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(async writer =>
        {
            for (var n = 0; Stopwatch.GetTimestamp() < until; n++)
            {
                await request(writer, n);
                Interlocked.Increment(ref done);
            }
        }));
        return done / clock.Elapsed.TotalSeconds;
    }
}
