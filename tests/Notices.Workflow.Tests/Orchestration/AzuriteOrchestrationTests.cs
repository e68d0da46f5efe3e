using Notices.Domain.Notices;
using Notices.LocalEngine;
using Notices.Testing;
using Notices.Workflow.Events;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>The orchestrations on Durable Functions' Azure Storage backend, over Azurite.</summary>
public sealed class AzuriteOrchestrationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Approval_WaitingTwoWorkingDays_RemindsApprovers_OnTheAzureStorageBackend()
    {
        var hub = "t" + Guid.NewGuid().ToString("N")[..12];
        var backend = await AzureStorageBackend.CreateAsync(azurite.ConnectionString, hub);
        await using var h = await EngineHarness.StartAsync(backend: backend);
        await h.Register();
        await h.DraftAndSubmit(NoticeType.UK4);
        await h.AdvanceTo(new DateTimeOffset(2025, 6, 4, 9, 0, 1, TimeSpan.FromHours(1)));
        Assert.Single(await h.EventsOf<ApprovalReminderSent>());
    }
}
