using Notices.LocalEngine;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>
/// The engine stopped before its Azure Storage service has started (Ctrl-C a moment after starting, a test class
/// that ends at once) stops cleanly. The sidecar stops the service whenever it stops; stopping one that has not
/// finished starting throws on a thread-pool thread and ends the whole process.
/// </summary>
public sealed class SidecarStopTests(AzureEngineFixture engine) : IClassFixture<AzureEngineFixture>
{
    [Fact]
    public async Task Service_StoppedWithoutEverStarting_StopsWithoutThrowing()
    {
        var service = StartedOnlyStop.Wrap(await engine.BackendAsync());

        var stopping = await Xunit.Record.ExceptionAsync(() => service.StopAsync());

        Assert.Null(stopping);
    }

    [Fact]
    public async Task Service_StoppedWhileStarting_StopsOnceStarted()
    {
        var service = StartedOnlyStop.Wrap(await engine.BackendAsync());

        var starting = service.StartAsync();
        var stopping = service.StopAsync();
        await stopping;

        Assert.True(starting.IsCompletedSuccessfully);
    }
}
