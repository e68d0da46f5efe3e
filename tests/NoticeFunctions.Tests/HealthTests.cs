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
    public async Task Health_StorageReachable_ReportsEachServiceAndTheEnginesQueueDepth()
    {
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

        // The engine's activity queue, named after the app's task hub.
        Assert.True(root.GetProperty("queueDepths").GetProperty($"{_app.TaskHub.ToLowerInvariant()}-workitems").GetInt64() >= 0);
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
