using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class RejectNoticeTests
{
    private static Scenario Submitted() => Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start).Submit("uk4-1", Moments.Start);

    private static RejectNotice Reject(string reason = "The lots do not match the tender documents.", Actor? by = null, bool noConflict = true) =>
        new(Contexts.By(by ?? People.Approver), "uk4-1", reason, noConflict);

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenRejectedWithAReason_ThenTheRejectionIsRecorded()
    {
        var command = Reject();
        Given(Submitted()).When(command).Then(new NoticeRejected(command.Context, "uk4-1", 1, "The lots do not match the tender documents."));
    }

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenRejectedWithoutAReason_ThenRefused() =>
        Given(Submitted()).When(Reject(" ")).ThenRefused(
            "Give the reason for rejecting the notice, so the commissioner can put it right (up to 2,000 characters).", "reason");

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenTheSubmitterRejects_ThenRefused()
    {
        var submitted = Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start)
            .Run(new SubmitNotice(Contexts.By(People.CommissionerWhoApproves), "uk4-1"));
        Given(submitted).When(Reject(by: People.CommissionerWhoApproves)).ThenRefused("You submitted this notice, so someone else must reject it.");
    }

    [Fact]
    public void GivenAConflictedApprover_WhenTheyReject_ThenRefused() =>
        Given(Submitted().Run(new DeclareConflictOfInterest(Contexts.By(People.Approver), "uk4-1", "Related to a bidder.")))
            .When(Reject()).ThenRefused("You declared a conflict of interest in this notice, so someone else must decide on it.");

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenRejectedWithoutTheNoConflictConfirmation_ThenRefused() =>
        Given(Submitted()).When(Reject(noConflict: false)).ThenRefused(
            "Confirm that you have no conflict of interest in this notice, or declare the conflict so that someone else decides.",
            "noConflictOfInterest");

    [Fact]
    public void GivenADraft_WhenRejected_ThenRefused() =>
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start)).When(Reject())
            .ThenRefused("This notice has not been submitted for approval.", "noticeKey");

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenACommissionerRejects_ThenRefused() =>
        Given(Submitted()).When(Reject(by: People.SecondCommissioner)).ThenRefused("Only an approver can reject a notice.");
}
