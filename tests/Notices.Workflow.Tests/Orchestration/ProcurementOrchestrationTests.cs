using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>Each stage of a procurement on the Durable Task engine: commands answered, reactions run, deadlines kept.</summary>
public sealed class ProcurementOrchestrationTests
{
    private const string Buyer = "GB-PPON-PABC-1234-WXYZ";

    [Fact]
    public async Task FullLifecycle_FromRegistrationToTermination_PublishesEachNoticeOnceAndKeepsEveryDeadline()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Register();
        var uk4 = await h.Publish(NoticeType.UK4);
        await h.Must(new RecordAwardDecision(h.As(People.Commissioner), [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")], 7_800_000m, Moments.Day(h.Clock.GetUtcNow())));

        // Contract award notice published on Tuesday 3 June 2025: standstill to the end of 12 June.
        h.Clock.SetUtcNow(Moments.AwardNoticePublished);
        var uk6 = await h.Publish(NoticeType.UK6);
        Assert.Equal(Moments.StandstillEnds, Assert.Single(await h.EventsOf<StandstillStarted>()).EndsAt);
        var early = await h.Do(new RecordContractEntered(h.As(People.Commissioner), Moments.Day(h.Clock.GetUtcNow()), 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)));
        Assert.Equal(CommandOutcome.Refused, early.Outcome);

        await h.AdvanceTo(Moments.StandstillEnds.AddSeconds(1));
        Assert.Single(await h.EventsOf<StandstillEnded>());
        await h.AdvanceTo(Moments.ContractDay);
        await h.Must(new RecordContractEntered(h.As(People.Commissioner), Moments.Day(Moments.ContractDay), 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)));

        // Contract details are due by 12 July; a week before, the commissioners are reminded.
        await h.AdvanceTo(new DateTimeOffset(2025, 7, 5, 9, 0, 0, TimeSpan.FromHours(1)));
        Assert.Contains(await h.EventsOf<ObligationReminderSent>(), r => r.ObligationId == "contract-details");
        Assert.Equal("contract-details", Assert.Single(await h.Workflow.Queries.ObligationsDueAsync(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 31))).ObligationId);
        var uk7 = await h.Publish(NoticeType.UK7);
        Assert.Contains(await h.EventsOf<ObligationMet>(), m => m.ObligationId == "contract-details" && m.MetBy == uk7);

        // Past the due date nothing is overdue: meeting the obligation cancelled its timer.
        await h.AdvanceTo(new DateTimeOffset(2025, 7, 14, 9, 0, 0, TimeSpan.FromHours(1)));
        Assert.DoesNotContain(await h.EventsOf<ObligationOverdue>(), o => o.ObligationId == "contract-details");

        var uk10 = await h.Publish(NoticeType.UK10);
        await h.Must(new RecordContractChange(h.As(People.Commissioner), "Add garden waste rounds.", 8_200_000m, Moments.Day(h.Clock.GetUtcNow())));
        await h.Must(new RecordContractEnded(h.As(People.Commissioner), Moments.Day(h.Clock.GetUtcNow()), ContractEnding.TerminatedByAuthority));
        var uk11 = await h.Publish(NoticeType.UK11);

        var published = await h.EventsOf<NoticePublished>();
        Assert.Equal([uk4, uk6, uk7, uk10, uk11], published.Select(p => p.NoticeKey));
        Assert.Equal(5, published.Select(p => p.Publication.NoticeId).Distinct().Count());
        Assert.Single(published.Select(p => p.Publication.Ocid).Distinct());
        Assert.Equal(5, h.Ports.Notices.Created);
        Assert.NotNull(await h.Ports.Notices.ReadAsync($"{h.Id.Value}/{uk4}.json", CancellationToken.None));
        Assert.Contains(await h.EventsOf<ObligationMet>(), m => m.ObligationId == "termination-notice" && m.MetBy == uk11);

        Assert.Equal(Phase.ContractEnded, (await h.Workflow.Queries.ProcurementAsync(h.Id))!.State.Phase);
        Assert.Contains((await h.Workflow.Queries.ProcurementsAsync(Buyer, Phase.ContractEnded, 500)).Items, s => s.ProcurementId == h.Id.Value);
        var contract = Assert.Single((await h.Workflow.Queries.ContractsAsync(Buyer, 500)).Items, c => c.ProcurementId == h.Id.Value);
        Assert.Equal(8_200_000m, contract.Value);
        var timeline = await h.Workflow.Queries.TimelineAsync(h.Id);
        Assert.Equal((await h.Events()).Count, timeline.Count);
    }

    [Fact]
    public async Task Approval_WaitingTwoWorkingDays_RemindsApproversThenEscalatesAfterFive()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);
        Assert.Equal(key, Assert.Single((await h.Workflow.Queries.PendingApprovalsAsync(Role.Approver, 500)).Items).NoticeKey);
        Assert.Contains(h.Ports.Notifications.Sent, n => n.Audience == Role.Approver && n.Subject.Contains("is waiting for approval", StringComparison.Ordinal));

        await h.AdvanceTo(new DateTimeOffset(2025, 6, 4, 9, 0, 1, TimeSpan.FromHours(1)));
        Assert.Single(await h.EventsOf<ApprovalReminderSent>());
        Assert.Empty(await h.EventsOf<ApprovalEscalated>());
        Assert.Contains(h.Ports.Notifications.Sent, n => n.Subject.StartsWith("Reminder:", StringComparison.Ordinal));

        await h.AdvanceTo(new DateTimeOffset(2025, 6, 9, 9, 0, 1, TimeSpan.FromHours(1)));
        Assert.Single(await h.EventsOf<ApprovalEscalated>());
        Assert.Contains((await h.Workflow.Queries.PendingApprovalsAsync(Role.Administrator, 500)).Items, a => a.ProcurementId == h.Id.Value && a.Escalated);
        Assert.Contains(h.Ports.Notifications.Sent, n => n.Audience == Role.Administrator);
    }

    [Fact]
    public async Task Approval_DecidedBeforeTheReminder_CancelsTheReminderAndEscalation()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Register();
        await h.Publish(NoticeType.UK4);
        await h.AdvanceTo(new DateTimeOffset(2025, 6, 20, 9, 0, 0, TimeSpan.FromHours(1)));
        Assert.Empty(await h.EventsOf<ApprovalReminderSent>());
        Assert.Empty(await h.EventsOf<ApprovalEscalated>());
    }

    [Fact]
    public async Task TwoApprovers_DecidingAtOnce_OneDecisionAndTheOtherToldWhyNot()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.TwoApproversAtOnceAsync();
        Assert.Equal(1, h.Ports.Notices.Created);
    }

    [Fact]
    public async Task Command_RepeatedWithTheSameId_HasOneEffect()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Register();
        var draft = new DraftNotice(h.As(People.Commissioner), NoticeType.UK4, SampleContent.Valid(NoticeType.UK4));
        var first = await h.Do(draft);
        Assert.Equal(CommandOutcome.Accepted, first.Outcome);
        Assert.IsType<NoticeDrafted>(Assert.Single(first.Events));
        Assert.Equal(CommandOutcome.AlreadyDone, (await h.Do(draft)).Outcome);
        Assert.Single(await h.EventsOf<NoticeDrafted>());
    }

    [Fact]
    public async Task Command_Refused_AnswersWithTheDecidersSentenceAndRecordsNothing()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Register();
        var before = (await h.Events()).Count;
        var result = await h.Do(new DraftNotice(h.As(People.Commissioner), NoticeType.UK6, SampleContent.Valid(NoticeType.UK6)));
        Assert.Equal(CommandOutcome.Refused, result.Outcome);
        Assert.NotEmpty(Assert.Single(result.Problems).Message);
        Assert.Equal(before, (await h.Events()).Count);
    }

    [Fact]
    public async Task Command_ToAProcurementNeverRegistered_IsRefusedWithoutStartingAnything()
    {
        await using var h = await EngineHarness.StartAsync();
        var result = await h.Do(new DraftNotice(h.As(People.Commissioner), NoticeType.UK4, SampleContent.Valid(NoticeType.UK4)));
        Assert.Equal(CommandOutcome.Refused, result.Outcome);
        Assert.Contains("Register the procurement first", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
        Assert.Null(await h.Workflow.Commands.StatusAsync(h.Id));
    }

    [Fact]
    public async Task Register_Twice_IsRefusedAndChangesNothing()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Register();
        var again = await h.Do(Scenario.Registration(context: h.As(People.Commissioner)));
        Assert.Equal(CommandOutcome.Refused, again.Outcome);
        Assert.Single(await h.EventsOf<ProcurementRegistered>());
    }

    [Fact]
    public async Task Publication_FailingEveryAttempt_ShowsOnTheProcurementAndCanBeRetried()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);
        h.Ports.Notices.Unreachable = true;
        Assert.Equal(CommandOutcome.Accepted, (await h.Approve(key)).Outcome);
        await h.Settle();

        var failed = Assert.Single(await h.EventsOf<WorkFailed>());
        Assert.Equal(WorkKind.PublishNotice, failed.Work.Kind);
        Assert.Contains("cannot be reached", failed.Error, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single((await h.Workflow.Queries.ProcurementsAsync(Buyer, Phase.Planning, 500)).Items).FailedWork);
        Assert.Empty(await h.EventsOf<NoticePublished>());

        h.Ports.Notices.Unreachable = false;
        await h.Must(new RetryWork(h.As(People.Administrator, "The container is back."), failed.Work.Id));
        Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal(Phase.Tendering, (await h.Workflow.Queries.ProcurementAsync(h.Id))!.State.Phase);
    }
}
