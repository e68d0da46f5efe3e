using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Reactions;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Reactions;

public sealed class ReactorTests
{
    private static readonly ReactionOptions Options = new();
    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);

    private static IReadOnlyList<Intent> ReactToLast(Scenario scenario, long version = 7) =>
        Reactor.React(scenario.Events[^1], version, scenario.State, Options);

    private static Scenario Submitted() => Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start).Submit("uk4-1", Moments.Start);

    [Fact]
    public void React_NoticeSubmittedOnAMonday_NotifiesApproversAndRemindsOnWednesday() =>
        Assert.Equal(
            [
                new NotifyApprovers("000007.notify-approvers", "uk4-1", 1, IsReminder: false),
                new StartTimer("timer.approval-reminder.uk4-1.1", new DateTimeOffset(2025, 6, 4, 9, 0, 0, Bst), new ApprovalReminder("uk4-1", 1)),
            ],
            ReactToLast(Submitted()));

    [Fact]
    public void React_ReminderSent_RemindsApproversAndEscalatesFiveWorkingDaysAfterSubmission() =>
        Assert.Equal(
            [
                new NotifyApprovers("000007.notify-approvers", "uk4-1", 1, IsReminder: true),
                new StartTimer("timer.approval-escalation.uk4-1.1", new DateTimeOffset(2025, 6, 9, 9, 0, 0, Bst), new ApprovalEscalation("uk4-1", 1)),
            ],
            ReactToLast(Submitted().Run(new RemindApprovers(Contexts.By(People.Workflow), "uk4-1", 1))));

    [Fact]
    public void React_ConfiguredPeriods_AreUsedForReminderAndEscalation()
    {
        var options = new ReactionOptions { ApprovalReminderWorkingDays = 1, ApprovalEscalationWorkingDays = 3 };
        var submitted = Submitted();
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 9, 0, 0, Bst), Reactor.React(submitted.Events[^1], 7, submitted.State, options).OfType<StartTimer>().Single().DueAt);
        var reminded = submitted.Run(new RemindApprovers(Contexts.By(People.Workflow), "uk4-1", 1));
        Assert.Equal(new DateTimeOffset(2025, 6, 5, 9, 0, 0, Bst), Reactor.React(reminded.Events[^1], 8, reminded.State, options).OfType<StartTimer>().Single().DueAt);
    }

    [Fact]
    public void React_NoticeApproved_CancelsTheApprovalTimersAndPublishes() =>
        Assert.Equal(
            [
                new CancelTimer("000007.cancel.timer.approval-reminder.uk4-1.1", "timer.approval-reminder.uk4-1.1"),
                new CancelTimer("000007.cancel.timer.approval-escalation.uk4-1.1", "timer.approval-escalation.uk4-1.1"),
                new PublishNotice("000007.publish.uk4-1", "uk4-1"),
            ],
            ReactToLast(Submitted().Approve("uk4-1", Moments.Start)));

    [Fact]
    public void React_NoticeRejected_CancelsTheTimersAndTellsTheCommissioners()
    {
        var intents = ReactToLast(Submitted().Run(new RejectNotice(Contexts.By(People.Approver), "uk4-1", "Fix the lots.", true)));
        Assert.Equal(2, intents.OfType<CancelTimer>().Count());
        Assert.Equal("The tender notice (UK4) was rejected: Fix the lots.", Assert.Single(intents.OfType<NotifyCommissioners>()).Subject);
    }

    [Fact]
    public void React_StandstillStarted_StartsATimerForItsEnd()
    {
        var intents = ReactToLast(Scenario.InStandstill());
        Assert.Equal([new StartTimer(TimerIds.Standstill, Moments.StandstillEnds, new StandstillEnd())], intents);
    }

    [Fact]
    public void React_ObligationSet_StartsAReminderAWeekBeforeTheDueDate()
    {
        var contracted = Scenario.Contracted();
        var set = contracted.Events.OfType<ObligationSet>().First(o => o.ObligationId == "contract-details");
        Assert.Equal(
            [new StartTimer("timer.obligation-reminder.contract-details", new DateTimeOffset(2025, 7, 5, 0, 0, 0, Bst), new ObligationReminder("contract-details"))],
            Reactor.React(set, 9, contracted.State, Options));
    }

    [Fact]
    public void React_ObligationReminderSent_TellsTheCommissionersAndStartsATimerAtTheEndOfTheDueDay()
    {
        var intents = ReactToLast(Scenario.Contracted().Run(new RemindObligation(Contexts.By(People.Workflow), "contract-details")));
        Assert.Single(intents.OfType<NotifyCommissioners>());
        Assert.Equal(
            new StartTimer("timer.obligation-due.contract-details", new DateTimeOffset(2025, 7, 12, 23, 59, 59, Bst), new ObligationDue("contract-details")),
            intents.OfType<StartTimer>().Single());
    }

    [Fact]
    public void React_ObligationSetWithinAWeekOfItsDueDate_StartsOnlyTheDueTimer()
    {
        var contracted = Scenario.Contracted();
        var set = contracted.Events.OfType<ObligationSet>().First(o => o.ObligationId == "contract-details") with { DueOn = new DateOnly(2025, 6, 16) };
        Assert.Equal(
            [new StartTimer("timer.obligation-due.contract-details", new DateTimeOffset(2025, 6, 16, 23, 59, 59, Bst), new ObligationDue("contract-details"))],
            Reactor.React(set, 9, contracted.State, Options));
    }

    [Fact]
    public void React_ObligationMet_CancelsItsTimers() =>
        Assert.Equal(
            ["timer.obligation-reminder.contract-details", "timer.obligation-due.contract-details"],
            ReactToLast(Scenario.Contracted().PublishNotice(NoticeType.UK7, Moments.ContractDay)).OfType<CancelTimer>().Select(c => c.TimerId));

    [Fact]
    public void React_WorkRetried_RunsTheActivityAgainUnderANewId()
    {
        var failed = new PublishNotice("000005.publish.uk4-1", "uk4-1");
        var retried = Scenario.Registered_()
            .Run(new RecordWorkFailed(Contexts.By(People.Workflow), WorkItems.Describe(failed), "x"))
            .Run(new RetryWork(Contexts.By(People.Administrator), failed.Id));
        Assert.Equal([new PublishNotice("000005.publish.uk4-1.retry-000007", "uk4-1")], ReactToLast(retried));
    }

    [Fact]
    public void React_TheSameEventTwice_GivesTheSameIntents()
    {
        var scenario = Submitted();
        Assert.Equal(ReactToLast(scenario), ReactToLast(scenario));
    }

    [Fact]
    public void React_AnEventWithNoConsequences_GivesNoIntents() =>
        Assert.Empty(ReactToLast(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start)));

    [Fact]
    public void React_BeforeRegistration_GivesNoIntents() =>
        Assert.Empty(Reactor.React(Submitted().Events[^1], 1, ProcurementState.Initial, Options));
}
