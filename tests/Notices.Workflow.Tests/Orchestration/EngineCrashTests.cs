using Azure.Data.Tables;
using Notices.Domain.Notices;
using Notices.Testing;
using Notices.Workflow.Events;
using Notices.Workflow.Runtime;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>
/// The engine's process killed outright (no flag, no clean shutdown) at the moments that matter, and another started:
/// nothing is lost and nothing is published twice.
/// </summary>
public sealed class EngineCrashTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task EngineKilled_WhileAnApprovalWaits_TheApprovalAfterARestartPublishesOnce()
    {
        await using var rig = await CrashRig.StartAsync(azurite);
        var h = rig.Commands;
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);

        await rig.KillAndRestartAsync();
        var approved = await h.Approve(key);
        Assert.True(approved.Outcome == CommandOutcome.Accepted, approved.Outcome + await h.DescribeAsync() + rig.Engine.Errors);
        await h.Settle();

        Assert.Equal(key, Assert.Single(await h.EventsOf<NoticePublished>()).NoticeKey);
        Assert.Equal(1, await rig.Ports.ReleasesAsync(h.Id));
    }

    [Fact]
    public async Task EngineKilled_DuringThePublication_PublishesOnceAfterARestartWithOneNumber()
    {
        var marker = Path.Combine(Path.GetTempPath(), UniqueName.Key("publishing"));
        await using var rig = await CrashRig.StartAsync(azurite, pauseMarker: marker);
        var h = rig.Commands;
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);
        Assert.Equal(CommandOutcome.Accepted, (await h.Approve(key)).Outcome);

        // The release is written and the activity has not finished: the moment a retry could publish twice.
        await Eventually.True(() => Task.FromResult(File.Exists(marker)), "the publication to start");
        File.Delete(marker);
        await rig.KillAndRestartAsync();

        var published = await Eventually.Single<NoticePublished>(h);
        Assert.Equal(key, published.NoticeKey);
        await h.Settle();
        Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Empty(await h.EventsOf<WorkFailed>());
        Assert.Equal(1, await rig.Ports.ReleasesAsync(h.Id));

        // One notice number taken in all: the register's counter for the year moved once.
        var register = rig.Ports.Storage.Tables.GetTableClient(rig.Ports.Names.Register);
        var year = published.Publication.NoticeId[^4..];
        var counter = await register.GetEntityAsync<TableEntity>(year, "counter");
        Assert.Equal(2, counter.Value.GetInt64("Next"));
        Assert.Equal($"000001-{year}", published.Publication.NoticeId);
    }

    [Fact]
    public async Task EngineKilled_WhileATimerIsPending_TheTimerFiresOnceAfterARestart()
    {
        await using var rig = await CrashRig.StartAsync(azurite);
        var h = rig.Commands;
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);

        // The reminder falls due two working days after submission, at 09:00 on Wednesday 4 June. Telling the
        // procurement it is 20 seconds before that puts the durable timer 20 seconds from now on the engine's clock.
        await h.AdvanceTo(new DateTimeOffset(2025, 6, 4, 8, 59, 40, TimeSpan.FromHours(1)));
        Assert.Empty(await h.EventsOf<ApprovalReminderSent>());

        await rig.KillAndRestartAsync();
        Assert.Equal(key, (await Eventually.Single<ApprovalReminderSent>(h)).NoticeKey);

        // Later news of the time does not fire it again.
        await h.AdvanceTo(new DateTimeOffset(2025, 6, 5, 9, 0, 0, TimeSpan.FromHours(1)));
        Assert.Single(await h.EventsOf<ApprovalReminderSent>());
    }
}
