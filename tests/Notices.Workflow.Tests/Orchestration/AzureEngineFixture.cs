using Notices.Workflow.Orchestration;
using DurableTask.AzureStorage;
using Notices.LocalEngine;
using Notices.Testing;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>
/// A task hub and the workflow's ports on the shared Azurite, for one test class: engines started one after another
/// in the class share them, as the deployments of one app do; another class (or test process) has its own hub, so
/// no two engines ever compete for a hub's partitions.
/// </summary>
public sealed class AzureEngineFixture : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private AzurePorts? _ports;

    public string Hub { get; } = "t" + Guid.NewGuid().ToString("N")[..12];

    public AzurePorts Ports => _ports ?? throw new InvalidOperationException("The fixture has not been initialised.");

    public string ConnectionString => _azurite.ConnectionString;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _ports = await AzurePorts.CreateAsync(_azurite.Storage);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Durable Functions' Azure Storage backend on this class's hub (a new service, as a new process would have).</summary>
    public Task<AzureStorageOrchestrationService> BackendAsync() => AzureStorageBackend.CreateAsync(ConnectionString, Hub);

    /// <summary>An engine (or, client-only, a sender of commands) on this class's hub and ports.</summary>
    public async Task<EngineHarness> StartAsync(string version = WorkflowTasks.CurrentVersion, EngineHarness? continuing = null, bool clientOnly = false) =>
        await EngineHarness.StartAsync(version, await BackendAsync(), continuing, Ports, clientOnly);
}
