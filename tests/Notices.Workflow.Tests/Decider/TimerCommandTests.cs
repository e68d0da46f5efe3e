using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

/// <summary>EndStandstill: the standstill timer firing.</summary>
public sealed class EndStandstillTests
{
    private static EndStandstill Fired(DateTimeOffset at) => new(Contexts.By(People.Workflow, at));

    [Fact]
    public void GivenStandstill_WhenTheTimerFiresAtItsEnd_ThenStandstillEnds()
    {
        var command = Fired(Moments.StandstillEnds);
        Given(Scenario.InStandstill()).When(command).Then(new StandstillEnded(command.Context));
    }

    [Fact]
    public void GivenStandstill_WhenTheTimerFiresEarly_ThenNothingHappens() =>
        Given(Scenario.InStandstill()).When(Fired(Moments.StandstillEnds.AddSeconds(-1))).ThenNothingHappens();

    [Fact]
    public void GivenStandstillAlreadyEnded_WhenTheTimerFiresAgain_ThenNothingHappens() =>
        Given(Scenario.ReadyToContract()).When(Fired(Moments.StandstillEnds.AddDays(1))).ThenNothingHappens();

    [Fact]
    public void GivenStandstill_WhenAPersonEndsIt_ThenRefused() =>
        Given(Scenario.InStandstill()).When(new EndStandstill(Contexts.By(People.Administrator, Moments.StandstillEnds)))
            .ThenRefused("Only the workflow itself can end a standstill period.");
}

/// <summary>RemindApprovers: the approval reminder timer firing.</summary>
public sealed class RemindApproversTests
{
    private static Scenario Submitted() => Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start).Submit("uk4-1", Moments.Start);

    [Fact]
    public void GivenANoticeStillAwaitingApproval_WhenTheReminderFires_ThenTheReminderIsRecorded()
    {
        var command = new RemindApprovers(Contexts.By(People.Workflow), "uk4-1", 1);
        Given(Submitted()).When(command).Then(new ApprovalReminderSent(command.Context, "uk4-1", 1));
    }

    [Fact]
    public void GivenTheNoticeWasApproved_WhenTheReminderFires_ThenNothingHappens() =>
        Given(Submitted().Approve("uk4-1", Moments.Start)).When(new RemindApprovers(Contexts.By(People.Workflow), "uk4-1", 1)).ThenNothingHappens();

    [Fact]
    public void GivenAnEarlierSubmissionWasRejected_WhenItsReminderFires_ThenNothingHappens()
    {
        var resubmitted = Submitted().Run(new RejectNotice(Contexts.By(People.Approver), "uk4-1", "Fix it.", true)).Submit("uk4-1", Moments.Start);
        Given(resubmitted).When(new RemindApprovers(Contexts.By(People.Workflow), "uk4-1", 1)).ThenNothingHappens();
    }

    [Fact]
    public void GivenARemindedNotice_WhenTheReminderFiresAgain_ThenNothingHappens() =>
        Given(Submitted().Run(new RemindApprovers(Contexts.By(People.Workflow), "uk4-1", 1)))
            .When(new RemindApprovers(Contexts.By(People.Workflow), "uk4-1", 1)).ThenNothingHappens();

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenAPersonSendsTheReminder_ThenRefused() =>
        Given(Submitted()).When(new RemindApprovers(Contexts.By(People.Commissioner), "uk4-1", 1))
            .ThenRefused("Only the workflow itself can remind approvers.");
}

/// <summary>EscalateApproval: the escalation timer firing.</summary>
public sealed class EscalateApprovalTests
{
    private static Scenario Submitted() => Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start).Submit("uk4-1", Moments.Start);

    [Fact]
    public void GivenANoticeStillAwaitingApproval_WhenTheEscalationFires_ThenTheEscalationIsRecorded()
    {
        var command = new EscalateApproval(Contexts.By(People.Workflow), "uk4-1", 1);
        Given(Submitted()).When(command).Then(new ApprovalEscalated(command.Context, "uk4-1", 1));
    }

    [Fact]
    public void GivenTheNoticeWasRejected_WhenTheEscalationFires_ThenNothingHappens() =>
        Given(Submitted().Run(new RejectNotice(Contexts.By(People.Approver), "uk4-1", "No.", true)))
            .When(new EscalateApproval(Contexts.By(People.Workflow), "uk4-1", 1)).ThenNothingHappens();

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenAPersonEscalates_ThenRefused() =>
        Given(Submitted()).When(new EscalateApproval(Contexts.By(People.Administrator), "uk4-1", 1))
            .ThenRefused("Only the workflow itself can escalate an approval.");
}

/// <summary>RemindObligation: an obligation's reminder timer firing.</summary>
public sealed class RemindObligationTests
{
    [Fact]
    public void GivenAnOpenObligation_WhenItsReminderFires_ThenTheReminderIsRecorded()
    {
        var command = new RemindObligation(Contexts.By(People.Workflow), "contract-details");
        Given(Scenario.Contracted()).When(command).Then(new ObligationReminderSent(command.Context, "contract-details"));
    }

    [Fact]
    public void GivenAMetObligation_WhenItsReminderFires_ThenNothingHappens() =>
        Given(Scenario.Contracted().PublishNotice(NoticeType.UK7, Moments.ContractDay))
            .When(new RemindObligation(Contexts.By(People.Workflow), "contract-details")).ThenNothingHappens();

    [Fact]
    public void GivenAnUnknownObligation_WhenItsReminderFires_ThenNothingHappens() =>
        Given(Scenario.Contracted()).When(new RemindObligation(Contexts.By(People.Workflow), "no-such")).ThenNothingHappens();

    [Fact]
    public void GivenAnOpenObligation_WhenAPersonSendsTheReminder_ThenRefused() =>
        Given(Scenario.Contracted()).When(new RemindObligation(Contexts.By(People.Commissioner), "contract-details"))
            .ThenRefused("Only the workflow itself can send an obligation reminder.");
}

/// <summary>MarkObligationOverdue: an obligation's due timer firing.</summary>
public sealed class MarkObligationOverdueTests
{
    [Fact]
    public void GivenAnOpenObligation_WhenItsDueTimerFires_ThenItIsOverdue()
    {
        var command = new MarkObligationOverdue(Contexts.By(People.Workflow), "contract-details");
        Given(Scenario.Contracted()).When(command).Then(new ObligationOverdue(command.Context, "contract-details"));
    }

    [Fact]
    public void GivenAMetObligation_WhenItsDueTimerFires_ThenNothingHappens() =>
        Given(Scenario.Contracted().PublishNotice(NoticeType.UK7, Moments.ContractDay))
            .When(new MarkObligationOverdue(Contexts.By(People.Workflow), "contract-details")).ThenNothingHappens();

    [Fact]
    public void GivenAnOpenObligation_WhenAPersonMarksItOverdue_ThenRefused() =>
        Given(Scenario.Contracted()).When(new MarkObligationOverdue(Contexts.By(People.Administrator), "contract-details"))
            .ThenRefused("Only the workflow itself can mark an obligation overdue.");
}
