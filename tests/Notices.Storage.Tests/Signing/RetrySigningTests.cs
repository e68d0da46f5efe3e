using System.Net;
using Notices.Testing;
using Xunit;

namespace Notices.Storage.Tests.Signing;

/// <summary>
/// Against a real HTTP listener that fails the first attempt: the retry must carry a fresh date and a
/// fresh signature, or Azure would refuse a retry made more than 15 minutes after the first try.
/// </summary>
public sealed class RetrySigningTests
{
    [Fact]
    public async Task Retry_AfterServerBusy_IsRedatedAndResigned()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
        var port = FreeTcpPort.Next();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var seen = new List<(string? Date, string? Authorization, string? Version)>();
        var server = Task.Run(async () =>
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var context = await listener.GetContextAsync();
                seen.Add((context.Request.Headers["x-ms-date"], context.Request.Headers["Authorization"], context.Request.Headers["x-ms-version"]));
                if (attempt == 0)
                {
                    // The first attempt is turned away, and the retry comes 20 minutes later.
                    clock.Advance(TimeSpan.FromMinutes(20));
                }

                context.Response.StatusCode = attempt == 0 ? 503 : 201;
                context.Response.Close();
            }
        });
        var options = new StorageClientOptions { TimeProvider = clock };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxRetries = 1;
        var account = StorageAccount.FromConnectionString($"UseDevelopmentStorage=true;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1", options);

        Assert.True(await account.GetQueue("work").CreateIfNotExistsAsync());
        await server.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, seen.Count);
        Assert.Equal("Sun, 22 Nov 2026 02:00:00 GMT", seen[0].Date);
        Assert.Equal("Sun, 22 Nov 2026 02:20:00 GMT", seen[1].Date);
        Assert.StartsWith("SharedKey devstoreaccount1:", seen[1].Authorization, StringComparison.Ordinal);
        Assert.NotEqual(seen[0].Authorization, seen[1].Authorization);
        Assert.Equal("2024-11-04", seen[1].Version);
    }
}
