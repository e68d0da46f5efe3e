using Notices.LocalEngine;
using Notices.Testing;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>
/// An engine in a process of its own and, in the test's process, a sender of commands on the same task hub and
/// ports (a hub of their own, so no other test's engine competes for its partitions). The engine can be killed and
/// another started in its place, as after a crash.
/// </summary>
public sealed class CrashRig : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _hub;
    private readonly AzurePorts _ports;

    private CrashRig(string connectionString, string hub, AzurePorts ports, EngineHarness commands, ChildEngine engine)
    {
        _connectionString = connectionString;
        _hub = hub;
        _ports = ports;
        Commands = commands;
        Engine = engine;
    }

    /// <summary>Sends commands and reads the record; runs no orchestration itself.</summary>
    public EngineHarness Commands { get; }

    public ChildEngine Engine { get; private set; }

    public AzurePorts Ports => _ports;

    public static async Task<CrashRig> StartAsync(AzuriteFixture azurite, string? pauseMarker = null)
    {
        var hub = "c" + Guid.NewGuid().ToString("N")[..12];
        var ports = await AzurePorts.CreateAsync(azurite.Storage);
        var client = await AzureStorageBackend.CreateAsync(azurite.ConnectionString, hub);
        var engine = await ChildEngine.StartAsync(azurite.ConnectionString, hub, ports, pauseMarker);
        var commands = await EngineHarness.StartAsync(backend: client, storage: ports, clientOnly: true);
        return new CrashRig(azurite.ConnectionString, hub, ports, commands, engine);
    }

    /// <summary>Kills the engine outright and starts another in its place (which publishes normally).</summary>
    public async Task KillAndRestartAsync()
    {
        Engine.Kill();
        await Engine.DisposeAsync();
        Engine = await ChildEngine.StartAsync(_connectionString, _hub, _ports);
    }

    public async ValueTask DisposeAsync()
    {
        await Commands.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
