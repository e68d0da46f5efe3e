using System.Net;
using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Xunit;

namespace NoticeFunctions.Tests;

public sealed class HealthTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Health_StorageReachable_ReportsEachServiceAndQueueDepths()
    {
        await _app.Storage.Queues.GetQueueClient(_app.Names.PoisonQueue).SendMessageAsync("{\"poisoned\":true}");
        using var client = _app.Client();

        using var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = report.RootElement;
        Assert.Equal("healthy", root.GetProperty("status").GetString());
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Equal("reachable", root.GetProperty("storage").GetProperty(service).GetProperty("status").GetString());
        }

        Assert.Equal(0, root.GetProperty("queueDepths").GetProperty(_app.Names.WorkQueue).GetInt64());
        Assert.Equal(1, root.GetProperty("queueDepths").GetProperty(_app.Names.PoisonQueue).GetInt64());
    }

    [Fact]
    public async Task Health_StorageStopped_Answers503NamingTheUnreachableServices()
    {
        var azurite = await Notices.Azurite.AzuriteProcess.StartAsync();
        var app = await TestApp.StartAsync(azurite: azurite);
        try
        {
            await azurite.DisposeAsync();
            using var client = app.Client();

            using var response = await client.GetAsync("/api/health");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("unhealthy", report.RootElement.GetProperty("status").GetString());
            Assert.Equal("unreachable", report.RootElement.GetProperty("storage").GetProperty("blob").GetProperty("status").GetString());
            Assert.False(string.IsNullOrEmpty(report.RootElement.GetProperty("storage").GetProperty("blob").GetProperty("error").GetString()));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
