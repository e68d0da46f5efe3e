using Notices.Domain.Notices;
using Notices.Testing;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Runtime;

/// <summary>
/// The runtime's behaviour, run against whichever ports a subclass supplies (in memory, or Azure Storage on
/// Azurite). Crashes are injected by wrapping those ports.
/// </summary>
public abstract class RuntimeScenarios
{
    protected abstract Task<WorkflowPorts> CreatePortsAsync(TimeProvider clock);

    /// <summary>Whether activities run in the process that made the append (the default) or only through the work queue.</summary>
    protected virtual bool ActivitiesInProcess => true;

    /// <summary>The runtime over the subclass's ports, each wrapped so that a test can make it fail.</summary>
    protected sealed record Rig(WorkflowHarness Harness, CrashingEventStore Store, CrashingWorkQueueClient Queue, CrashingNoticeBlobStore Blobs)
    {
        public required CrashingProjectionStore Projections { get; init; }
    }

    protected async Task<Rig> RigAsync(DateTimeOffset? start = null)
    {
        var clock = new ManualTimeProvider(start ?? Moments.Start);
        var ports = await CreatePortsAsync(clock);
        var store = new CrashingEventStore(ports.Events);
        var queue = new CrashingWorkQueueClient(ports.Queue);
        var blobs = new CrashingNoticeBlobStore(ports.Notices);
        var projections = new CrashingProjectionStore(ports.Projections);
        var options = new WorkflowOptions { SweepGrace = TimeSpan.FromSeconds(30), RunActivitiesInProcess = ActivitiesInProcess };
        var harness = new WorkflowHarness(ports with { Events = store, Queue = queue, Notices = blobs, Projections = projections }, clock, options);
        return new Rig(harness, store, queue, blobs) { Projections = projections };
    }

    /// <summary>A registered procurement whose tender notice waits for approval.</summary>
    protected async Task<(Rig Rig, WorkflowHarness H, string Key)> SubmittedAsync()
    {
        var rig = await RigAsync();
        await rig.Harness.Register();
        return (rig, rig.Harness, await rig.Harness.DraftAndSubmit(NoticeType.UK4));
    }

    [Fact]
    public async Task FullLifecycle_FromRegistrationToTermination_PublishesEachNoticeOnceAndTracksEveryDeadline()
    {
        var (h, _, _, blobs) = await RigAsync();
        await h.Register();
        var uk4 = await h.Publish(NoticeType.UK4);
        await h.Must(new RecordAwardDecision(h.As(People.Commissioner), [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")], 7_800_000m, Moments.Day(h.Clock.GetUtcNow())));

        // Contract award notice published on Tuesday 3 June 2025: standstill to the end of 12 June.
        h.Clock.SetUtcNow(Moments.AwardNoticePublished);
        var uk6 = await h.Publish(NoticeType.UK6);
        var standstill = Assert.Single(await h.EventsOf<StandstillStarted>());
        Assert.Equal(Moments.StandstillEnds, standstill.EndsAt);
        var early = await h.Do(new RecordContractEntered(h.As(People.Commissioner), Moments.Day(h.Clock.GetUtcNow()), 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)));
        Assert.Equal(CommandOutcome.Refused, early.Outcome);

        // Eight working days pass in an instant: the standstill timer fires.
        await h.AdvanceTo(Moments.StandstillEnds.AddSeconds(1));
        Assert.Single(await h.EventsOf<StandstillEnded>());
        await h.AdvanceTo(Moments.ContractDay);
        await h.Must(new RecordContractEntered(h.As(People.Commissioner), Moments.Day(Moments.ContractDay), 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)));

        // The contract details notice is due by 12 July; a week before, the commissioners are reminded.
        await h.AdvanceTo(new DateTimeOffset(2025, 7, 5, 9, 0, 0, TimeSpan.FromHours(1)));
        Assert.Contains(await h.EventsOf<ObligationReminderSent>(), r => r.ObligationId == "contract-details");
        var obligations = await h.Runtime.Queries.ObligationsDueAsync(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31));
        Assert.Equal("contract-details", Assert.Single(obligations).ObligationId);
        var uk7 = await h.Publish(NoticeType.UK7);
        Assert.Contains(await h.EventsOf<ObligationMet>(), m => m.ObligationId == "contract-details" && m.MetBy == uk7);

        // Past the due date the (cancelled) due timer fires into nothing.
        await h.AdvanceTo(new DateTimeOffset(2025, 7, 14, 9, 0, 0, TimeSpan.FromHours(1)));
        Assert.DoesNotContain(await h.EventsOf<ObligationOverdue>(), o => o.ObligationId == "contract-details");

        var uk10 = await h.Publish(NoticeType.UK10);
        await h.Must(new RecordContractChange(h.As(People.Commissioner), "Add garden waste rounds.", 8_200_000m, Moments.Day(h.Clock.GetUtcNow())));
        await h.Must(new RecordContractEnded(h.As(People.Commissioner), Moments.Day(h.Clock.GetUtcNow()), ContractEnding.TerminatedByAuthority));
        var uk11 = await h.Publish(NoticeType.UK11);

        var published = await h.EventsOf<NoticePublished>();
        Assert.Equal([uk4, uk6, uk7, uk10, uk11], published.Select(p => p.NoticeKey));
        Assert.Equal(5, published.Select(p => p.Publication.NoticeId).Distinct().Count());
        Assert.All(published, p => Assert.Matches("^[0-9]{6}-2025$", p.Publication.NoticeId));
        Assert.Single(published.Select(p => p.Publication.Ocid).Distinct());
        Assert.Equal(5, blobs.Created);
        Assert.Contains(await h.EventsOf<ObligationMet>(), m => m.ObligationId == "termination-notice" && m.MetBy == uk11);

        var view = await h.Runtime.Queries.ProcurementAsync(h.Id);
        Assert.Equal(Phase.ContractEnded, view!.State.Phase);
        var summary = Assert.Single((await h.Runtime.Queries.ProcurementsAsync("GB-PPON-PABC-1234-WXYZ", Phase.ContractEnded, 500)).Items, s => s.ProcurementId == h.Id.Value);
        Assert.Equal("Household waste collection", summary.Title);
        Assert.DoesNotContain((await h.Runtime.Queries.PendingApprovalsAsync(Role.Approver, 500)).Items, a => a.ProcurementId == h.Id.Value);
        var contract = Assert.Single((await h.Runtime.Queries.ContractsAsync("GB-PPON-PABC-1234-WXYZ", 500)).Items, c => c.ProcurementId == h.Id.Value);
        Assert.Equal(8_200_000m, contract.Value);
        Assert.Equal(1, contract.Changes);

        var timeline = await h.Runtime.Queries.TimelineAsync(h.Id);
        Assert.Equal((await h.Events()).Count, timeline.Count);
        Assert.Contains(timeline, t => t.Who == "Amir Approver" && t.Why == "Checked." && t.What.StartsWith("Approved notice uk4-1", StringComparison.Ordinal));
        Assert.Empty(h.Incidents);
    }

    [Fact]
    public async Task Approval_WaitingTwoWorkingDays_RemindsApproversThenEscalatesAfterFive()
    {
        var (h, _, _, _) = await RigAsync();
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);
        var pending = Assert.Single((await h.Runtime.Queries.PendingApprovalsAsync(Role.Approver, 500)).Items, a => a.ProcurementId == h.Id.Value);
        Assert.Equal(key, pending.NoticeKey);

        await h.AdvanceTo(new DateTimeOffset(2025, 6, 4, 9, 0, 1, TimeSpan.FromHours(1)));
        Assert.Single(await h.EventsOf<ApprovalReminderSent>());
        Assert.Empty(await h.EventsOf<ApprovalEscalated>());

        await h.AdvanceTo(new DateTimeOffset(2025, 6, 9, 9, 0, 1, TimeSpan.FromHours(1)));
        Assert.Single(await h.EventsOf<ApprovalEscalated>());
        Assert.Contains((await h.Runtime.Queries.PendingApprovalsAsync(Role.Administrator, 500)).Items, a => a.ProcurementId == h.Id.Value && a.Escalated);
    }

    [Fact]
    public async Task Approval_DecidedBeforeTheReminder_CancelsTheReminderAndEscalation()
    {
        var (h, _, _, _) = await RigAsync();
        await h.Register();
        await h.Publish(NoticeType.UK4);
        await h.AdvanceTo(new DateTimeOffset(2025, 6, 20, 9, 0, 0, TimeSpan.FromHours(1)));
        Assert.Empty(await h.EventsOf<ApprovalReminderSent>());
        Assert.Empty(await h.EventsOf<ApprovalEscalated>());
    }

    [Fact]
    public async Task TwoApprovers_DecidingAtOnce_ProduceOneDecision()
    {
        var (h, _, _, _) = await RigAsync();
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);
        var results = await Task.WhenAll(h.Approve(key, People.Approver), h.Approve(key, People.SecondApprover));
        Assert.Single(results, r => r.Outcome == CommandOutcome.Accepted);
        var refused = Assert.Single(results, r => r.Outcome == CommandOutcome.Refused);
        // Depending on how far the first approval got, the notice is approved or already published.
        Assert.Matches("^This notice has already been (approved by|published)", Assert.Single(refused.Problems).Message);
        Assert.Single(await h.EventsOf<NoticeApproved>());
        await h.Drain();
        Assert.Single(await h.EventsOf<NoticePublished>());
    }

    [Fact]
    public async Task Crash_AfterTheAppendBeforeDispatch_TheSweepDispatchesAndTheNoticeIsPublishedOnce()
    {
        var (h, _, queue, blobs) = await RigAsync();
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);
        await h.Drain();

        // Neither the dispatch nor (where activities run in-process) the publication gets done, as if the process had stopped.
        queue.SendsToFail = 1;
        blobs.Unreachable = true;
        Assert.Equal(CommandOutcome.Accepted, (await h.Approve(key)).Outcome);
        blobs.Unreachable = false;
        await h.Drain();
        Assert.Empty(await h.EventsOf<NoticePublished>());

        Assert.Equal(0, await h.Runtime.Sweep.RunAsync());
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await h.Runtime.Sweep.RunAsync() >= 1);
        await h.Drain();
        Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal(1, blobs.Created);
    }

    [Fact]
    public async Task Crash_AfterPublishingBeforeTheResult_TheRedeliveryRecordsTheFirstPublication()
    {
        var (h, _, _, blobs) = await RigAsync();
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);
        blobs.CrashesAfterCreate = 1;
        await h.Approve(key);
        await h.Drain();
        await h.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains(h.Incidents, i => i.Error is SimulatedCrashException);
        var published = Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal(1, blobs.Created);
        var release = await h.Ports.Notices.ReadAsync(published.Publication.Location, CancellationToken.None);
        Assert.Contains(published.Publication.NoticeId, release, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateDelivery_OfEveryWorkItem_PublishesOnceAndNotifiesOnce()
    {
        var (h, _, queue, blobs) = await RigAsync();
        queue.DuplicateEverySend = true;
        await h.Register();
        await h.Publish(NoticeType.UK4);
        await h.Drain();
        Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal(1, blobs.Created);
    }

    [Fact]
    public async Task Crash_AfterDispatchBeforeMarkingDispatched_TheSweepRedispatchesAndNothingIsDuplicated()
    {
        var (h, store, _, blobs) = await RigAsync();
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);
        store.SettlesToFail = 1;
        await h.Approve(key);
        await h.Drain();
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await h.Runtime.Sweep.RunAsync() >= 1);
        await h.Drain();
        Assert.Equal(0, await h.Runtime.Sweep.RunAsync());
        Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal(1, blobs.Created);
    }

    [Fact]
    public async Task Crash_BeforeTheProjectionsAreWritten_TheSweepWritesThemFromTheStream()
    {
        var (rig, h, key) = await SubmittedAsync();
        rig.Projections.AppliesToFail = 1;
        await h.Approve(key);
        await h.Drain();
        Assert.Contains((await h.Runtime.Queries.PendingApprovalsAsync(Role.Approver, 500)).Items, a => a.ProcurementId == h.Id.Value);

        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await h.Runtime.Sweep.RunAsync() >= 1);
        await h.Drain();

        Assert.DoesNotContain((await h.Runtime.Queries.PendingApprovalsAsync(Role.Approver, 500)).Items, a => a.ProcurementId == h.Id.Value);
        Assert.Equal(Phase.Tendering, (await h.Runtime.Queries.ProcurementAsync(h.Id))!.State.Phase);
        Assert.Single((await h.Runtime.Queries.ProcurementsAsync("GB-PPON-PABC-1234-WXYZ", Phase.Tendering, 500)).Items, s => s.ProcurementId == h.Id.Value);
        Assert.DoesNotContain((await h.Runtime.Queries.ProcurementsAsync("GB-PPON-PABC-1234-WXYZ", Phase.Planning, 500)).Items, s => s.ProcurementId == h.Id.Value);
        Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal(1, rig.Blobs.Created);
        Assert.Equal(0, await h.Runtime.Sweep.RunAsync());
    }

    [Fact]
    public async Task WorkItem_FailingFiveTimes_GoesToPoisonShowsOnTheProcurementAndCanBeRetried()
    {
        var (h, _, _, blobs) = await RigAsync();
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);
        blobs.Unreachable = true;
        await h.Approve(key);
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await h.Advance(TimeSpan.FromMinutes(1));
        }

        var failed = Assert.Single(await h.EventsOf<WorkFailed>());
        Assert.Contains("cannot be reached", failed.Error, StringComparison.Ordinal);
        var summary = Assert.Single((await h.Runtime.Queries.ProcurementsAsync("GB-PPON-PABC-1234-WXYZ", Phase.Planning, 500)).Items, s => s.ProcurementId == h.Id.Value);
        Assert.Equal(1, summary.FailedWork);
        Assert.Empty(await h.EventsOf<NoticePublished>());

        blobs.Unreachable = false;
        await h.Must(new RetryWork(h.As(People.Administrator, "The container is back."), failed.Work.Id));
        await h.Drain();
        Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal(Phase.Tendering, (await h.Runtime.Queries.ProcurementAsync(h.Id))!.State.Phase);
    }

    [Fact]
    public async Task Timer_LongerThanSevenDays_IsRearmedUntilDueThenFires()
    {
        var (h, _, _, _) = await RigAsync();
        await h.Register();
        await h.Publish(NoticeType.UK4);
        await h.Must(new RecordAwardDecision(h.As(People.Commissioner), [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")], 1_000_000m, Moments.Day(h.Clock.GetUtcNow())));
        h.Clock.SetUtcNow(Moments.AwardNoticePublished);
        await h.Publish(NoticeType.UK6);
        await h.AdvanceTo(Moments.StandstillEnds.AddSeconds(1));
        await h.Must(new RecordContractEntered(h.As(People.Commissioner), Moments.Day(h.Clock.GetUtcNow()), 1_000_000m, new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30)));

        // Contract details are due by the end of 12 July: 30 days away, so the due timer waits in 7-day steps.
        for (var week = 1; week <= 3; week++)
        {
            await h.Advance(TimeSpan.FromDays(7));
            Assert.Empty(await h.EventsOf<ObligationOverdue>());
        }

        await h.AdvanceTo(new DateTimeOffset(2025, 7, 13, 0, 0, 1, TimeSpan.FromHours(1)));
        Assert.Equal("contract-details", Assert.Single(await h.EventsOf<ObligationOverdue>()).ObligationId);
        Assert.Contains((await h.Runtime.Queries.ObligationsDueAsync(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31))).Where(o => o.ProcurementId == h.Id.Value),
            o => o.Status == ObligationStatus.Overdue);
    }

    [Fact]
    public async Task Command_RepeatedWithTheSameId_HasOneEffect()
    {
        var (h, _, _, _) = await RigAsync();
        await h.Register();
        var draft = new DraftNotice(h.As(People.Commissioner), NoticeType.UK4, SampleContent.Valid(NoticeType.UK4));
        Assert.Equal(CommandOutcome.Accepted, (await h.Do(draft)).Outcome);
        Assert.Equal(CommandOutcome.AlreadyDone, (await h.Do(draft)).Outcome);
        Assert.Single(await h.EventsOf<NoticeDrafted>());
    }

    [Fact]
    public async Task Command_DecidedOnAStateAnotherInstanceHasMovedOn_IsDecidedAgainOnTheStoredStream()
    {
        var (h, _, _, _) = await RigAsync();
        await h.Register();
        var other = new WorkflowRuntime(h.Ports, h.Clock);
        var drafted = await other.Commands.HandleAsync(h.Id, new DraftNotice(h.As(People.Commissioner), NoticeType.UK4, SampleContent.Valid(NoticeType.UK4)));
        var key = Assert.IsType<NoticeDrafted>(Assert.Single(drafted.Events)).NoticeKey;

        var submitted = await h.Do(new SubmitNotice(h.As(People.Commissioner), key));

        Assert.Equal(CommandOutcome.Accepted, submitted.Outcome);
        Assert.Single(await h.EventsOf<NoticeSubmitted>());
    }

    [Fact]
    public async Task Register_AProcurementAnotherInstanceRegistered_IsRefusedAndChangesNothing()
    {
        var (h, _, _, _) = await RigAsync();
        await h.Register();
        var other = new WorkflowRuntime(h.Ports, h.Clock);

        var again = await other.Commands.HandleAsync(h.Id, Scenario.Registration(context: h.As(People.Commissioner)));

        Assert.Equal(CommandOutcome.Refused, again.Outcome);
        Assert.Single(await h.EventsOf<ProcurementRegistered>());
        Assert.Equal(1, (await h.Ports.Events.LoadAsync(h.Id, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task Command_Refused_ChangesNothing()
    {
        var (h, _, _, _) = await RigAsync();
        await h.Register();
        var before = (await h.Events()).Count;
        var result = await h.Do(new DraftNotice(h.As(People.Commissioner), NoticeType.UK6, SampleContent.Valid(NoticeType.UK6)));
        Assert.Equal(CommandOutcome.Refused, result.Outcome);
        Assert.Equal(before, (await h.Events()).Count);
    }
}
