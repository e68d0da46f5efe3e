using Notices.Azurite;
using Notices.Domain.Notices;
using Notices.LocalEngine;
using Notices.Storage;
using Notices.Testing;
using Notices.Workflow.Events;
using Notices.Workflow.Runtime;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>The storage account going away mid-run and coming back (Azurite stopped and started again on its data): the workflow resumes.</summary>
public sealed class AzuriteRestartTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), UniqueName.Key("azurite"));
    private AzuriteProcess? _azurite;

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { DataFolder = _data });

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Azurite_StoppedAndStartedAgainWhileAnApprovalWaits_TheApprovalPublishes()
    {
        var azurite = _azurite!;
        var ports = await AzurePorts.CreateAsync(StorageServices.FromConnectionString(azurite.ConnectionString));
        var backend = await AzureStorageBackend.CreateAsync(azurite.ConnectionString, "r" + Guid.NewGuid().ToString("N")[..12]);
        await using var h = await EngineHarness.StartAsync(backend: backend, storage: ports);
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);

        // Stopped cleanly so it saves its data, as a storage emulator restarted by its owner would be; the engine runs on.
        await azurite.DisposeAsync();
        _azurite = await AzuriteProcess.StartAsync(new AzuriteOptions
        {
            DataFolder = _data, BlobPort = azurite.BlobPort, QueuePort = azurite.QueuePort, TablePort = azurite.TablePort,
        });

        var approved = await h.Approve(key);
        Assert.True(approved.Outcome == CommandOutcome.Accepted, approved.Outcome + await h.DescribeAsync());
        Assert.Equal(key, (await Eventually.Single<NoticePublished>(h)).NoticeKey);
        Assert.Equal(1, await ports.ReleasesAsync(h.Id));
    }
}
