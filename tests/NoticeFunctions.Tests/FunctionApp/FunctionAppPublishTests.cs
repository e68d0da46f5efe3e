using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Notices.Api;
using Notices.Api.Hosting;
using Notices.Azurite;
using Notices.LocalHost;
using Notices.Workflow.Orchestration;
using Xunit;

namespace NoticeFunctions.Tests.FunctionApp;

/// <summary>
/// What <c>dotnet publish src/NoticeFunctions</c> produces is a deployable isolated-worker Function App, and its
/// functions are exactly the local host's API routes and the workflow's orchestrator and activities, so the two hosts
/// cannot drift apart.
/// </summary>
[Collection(PublishedFunctionAppTests.Name)]
public sealed class FunctionAppPublishTests(PublishedFunctionApp published)
{
    [Fact]
    public void Publish_Output_IsAnIsolatedWorkerAppWithDurableFunctionsAndNoCustomHandler()
    {
        Assert.True(File.Exists(Path.Combine(published.Folder, "NoticeFunctions.dll")));
        Assert.True(File.Exists(Path.Combine(published.Folder, "host.json")));
        using var worker = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Folder, "worker.config.json")));
        Assert.Equal("dotnet-isolated", worker.RootElement.GetProperty("description").GetProperty("language").GetString());
        using var extensions = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Folder, "extensions.json")));
        Assert.Contains(extensions.RootElement.GetProperty("extensions").EnumerateArray(), e => e.GetProperty("name").GetString() == "DurableTask");
        Assert.Empty(Directory.GetFiles(published.Folder, "function.json", SearchOption.AllDirectories));
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Folder, "host.json")));
        Assert.False(host.RootElement.TryGetProperty("customHandler", out _));
    }

    [Fact]
    public void HttpFunctions_NamesRoutesAndMethods_AreTheLocalHostsApiRoutes()
    {
        var functions = published.Functions.Where(f => f.TriggerType == "httpTrigger")
            .Select(f => $"{f.Name} {string.Join(",", f.Methods.Order(StringComparer.Ordinal))} /{HostRoutePrefix()}/{f.Route}")
            .Order(StringComparer.Ordinal).ToList();

        var local = LocalApiRoutes();

        Assert.Equal(local, functions);
    }

    [Fact]
    public void WorkflowFunctions_AreTheOrchestratorAndEveryActivityTheWorkflowRuns()
    {
        var workflow = typeof(ProcurementOrchestrator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (IsA(t, typeof(TaskActivity<,>)) || IsA(t, typeof(TaskOrchestrator<,>))))
            .Select(t => (IsA(t, typeof(TaskActivity<,>)) ? "activityTrigger " : "orchestrationTrigger ") + t.Name)
            .Order(StringComparer.Ordinal).ToList();

        var functions = published.Functions.Where(f => f.TriggerType != "httpTrigger")
            .Select(f => $"{f.TriggerType} {f.Name}").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(7, workflow.Count);
        Assert.Equal(workflow, functions);
    }

    [Fact]
    public void HostJson_DurableTask_UsesTheWorkflowsTaskHubVersionAndStrategy()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Folder, "host.json")));
        var durable = host.RootElement.GetProperty("extensions").GetProperty("durableTask");

        Assert.Equal(new WorkflowEngineOptions().TaskHub, durable.GetProperty("hubName").GetString());
        Assert.Equal(WorkflowTasks.CurrentVersion, durable.GetProperty("defaultVersion").GetString());
        Assert.Equal("CurrentOrOlder", durable.GetProperty("versionMatchStrategy").GetString());
        Assert.Equal(new WorkflowEngineOptions().Partitions, durable.GetProperty("storageProvider").GetProperty("partitionCount").GetInt32());
        // An idle hub polls its queues at most this far apart, so a command waits seconds, not the default 30.
        Assert.Equal("00:00:05", durable.GetProperty("storageProvider").GetProperty("maxQueuePollingInterval").GetString());
    }

    [Fact]
    public void LocalSettingsSample_AtRepositoryRoot_RunsTheIsolatedWorkerOnDevelopmentStorage()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values");

        Assert.Equal("dotnet-isolated", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty("AzureWebJobsStorage").GetString());
        Assert.False(values.TryGetProperty("LocalHost__StartAzurite", out _));
    }

    private static string HostRoutePrefix()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "host.json")));
        return host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString()!;
    }

    // The local host's routes under /api, composed as it runs but never started: every one must be named, as its function is.
    // A group's own route ends in a slash, which routing ignores, as the host does.
    private static List<string> LocalApiRoutes()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LocalHostExtensions).Assembly.GetName().Name,
            EnvironmentName = "Development",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["SignIn:DevelopmentSignIn"] = "true",
        });
        builder.AddLocalHost();
        var app = builder.Build();
        app.UseLocalHost();
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith(ApiEndpoints.Prefix + "/", StringComparison.Ordinal))
            .ToList();
        Assert.All(endpoints, e => Assert.NotNull(e.Metadata.GetMetadata<IEndpointNameMetadata>()));
        return endpoints
            .Select(e => $"{e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName} " +
                         $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Order(StringComparer.Ordinal))} {e.RoutePattern.RawText!.TrimEnd('/')}")
            .Order(StringComparer.Ordinal).ToList();
    }

    private static bool IsA(Type type, Type openGeneric)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == openGeneric)
            {
                return true;
            }
        }

        return false;
    }
}
