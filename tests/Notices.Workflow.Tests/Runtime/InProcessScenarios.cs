using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;
using Notices.Workflow.State;
using Xunit;

namespace Notices.Workflow.Tests.Runtime;

/// <summary>
/// What running activities in the process that made the append adds to the shared scenarios: the work is done
/// before the command returns, without a work message, and a failure or a crash at each step still ends with
/// one publication, through the work queue or the sweep.
/// </summary>
public abstract class InProcessScenarios : RuntimeScenarios
{
    [Fact]
    public async Task Approve_WithActivitiesInProcess_RecordsThePublicationBeforeReturningWithNoWorkMessageAndNothingUnsettled()
    {
        var (_, h, key) = await SubmittedAsync();

        Assert.Equal(CommandOutcome.Accepted, (await h.Approve(key)).Outcome);

        Assert.Equal(key, Assert.Single(await h.EventsOf<NoticePublished>()).NoticeKey);
        Assert.Equal(0, await h.Drain());
        Assert.DoesNotContain(await h.Ports.Events.FindUnsettledAsync(DateTimeOffset.MaxValue, 500, CancellationToken.None), u => u.Id == h.Id);
        Assert.DoesNotContain((await h.Runtime.Queries.PendingApprovalsAsync(Role.Approver, 500)).Items, a => a.ProcurementId == h.Id.Value);
        Assert.Single((await h.Runtime.Queries.ProcurementsAsync("GB-PPON-PABC-1234-WXYZ", Phase.Tendering, 500)).Items, s => s.ProcurementId == h.Id.Value);
        Assert.Empty(h.Incidents);
    }

    [Fact]
    public async Task Approve_WhenThePublicationFailsInProcess_TheWorkQueueRetriesItAndPublishesOnce()
    {
        var (rig, h, key) = await SubmittedAsync();
        rig.Blobs.Unreachable = true;

        Assert.Equal(CommandOutcome.Accepted, (await h.Approve(key)).Outcome);
        Assert.Empty(await h.EventsOf<NoticePublished>());
        Assert.Contains(h.Incidents, i => i.Error is IOException);

        rig.Blobs.Unreachable = false;
        await h.Drain();
        Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal(1, rig.Blobs.Created);
        Assert.DoesNotContain(await h.Ports.Events.FindUnsettledAsync(DateTimeOffset.MaxValue, 500, CancellationToken.None), u => u.Id == h.Id);
    }

    [Fact]
    public async Task Crash_AfterTheInProcessPublicationBeforeItsResult_TheSweepRecordsTheFirstPublication()
    {
        var (rig, h, key) = await SubmittedAsync();

        // The release is written, then the process stops: neither the result nor a work message is written.
        rig.Blobs.CrashesAfterCreate = 1;
        rig.Queue.SendsToFail = 1;
        await h.Approve(key);
        await h.Drain();
        Assert.Empty(await h.EventsOf<NoticePublished>());
        Assert.Equal(1, rig.Blobs.Created);

        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await h.Runtime.Sweep.RunAsync() >= 1);
        await h.Drain();

        var published = Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal(1, rig.Blobs.Created);
        var release = await h.Ports.Notices.ReadAsync(published.Publication.Location, CancellationToken.None);
        Assert.Contains(published.Publication.NoticeId, release, StringComparison.Ordinal);
        Assert.Equal(0, await h.Runtime.Sweep.RunAsync());
    }

    [Fact]
    public async Task Crash_AfterTheResultBeforeSettling_TheSweepFinishesBothAppendsWithoutASecondPublication()
    {
        var (rig, h, key) = await SubmittedAsync();

        // The publication's append settles the approval's; the process stops before the projections of either are written.
        rig.Projections.AppliesToFail = 1;
        await h.Approve(key);
        var unsettled = Assert.Single(await h.Ports.Events.FindUnsettledAsync(DateTimeOffset.MaxValue, 500, CancellationToken.None), u => u.Id == h.Id);
        var approved = (await h.Ports.Events.LoadAsync(h.Id, CancellationToken.None)).Events.Single(e => e.Event is NoticeApproved).Version;
        Assert.Equal(approved, unsettled.FirstVersion);

        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await h.Runtime.Sweep.RunAsync());
        await h.Drain();

        Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal(1, rig.Blobs.Created);
        Assert.DoesNotContain((await h.Runtime.Queries.PendingApprovalsAsync(Role.Approver, 500)).Items, a => a.ProcurementId == h.Id.Value);
        Assert.Equal(0, await h.Runtime.Sweep.RunAsync());
    }
}
