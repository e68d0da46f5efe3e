using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class ApproveNoticeTests
{
    private static Scenario Submitted(Actor? by = null) => Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start)
        .Run(new SubmitNotice(Contexts.By(by ?? People.Commissioner), "uk4-1"));

    private static ApproveNotice Approve(Actor? by = null, bool noConflict = true) =>
        new(Contexts.By(by ?? People.Approver, why: "Checked against the tender documents."), "uk4-1", noConflict);

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenAnotherPersonApprovesDeclaringNoConflict_ThenItIsApproved()
    {
        var command = Approve();
        Given(Submitted()).When(command).Then(new NoticeApproved(command.Context, "uk4-1", 1));
    }

    [Fact]
    public void GivenANoticeTheApproverSubmitted_WhenTheyApproveIt_ThenRefused() =>
        Given(Submitted(People.CommissionerWhoApproves)).When(Approve(People.CommissionerWhoApproves))
            .ThenRefused("You submitted this notice, so someone else must approve it.");

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenTheApproverDoesNotConfirmNoConflict_ThenRefused() =>
        Given(Submitted()).When(Approve(noConflict: false)).ThenRefused(
            "Confirm that you have no conflict of interest in this notice, or declare the conflict so that someone else decides.",
            "noConflictOfInterest");

    [Fact]
    public void GivenAnApproverDeclaredAConflict_WhenTheyApprove_ThenRefused() =>
        Given(Submitted().Run(new DeclareConflictOfInterest(Contexts.By(People.Approver), "uk4-1", "Former employee of a bidder.")))
            .When(Approve()).ThenRefused("You declared a conflict of interest in this notice, so someone else must decide on it.");

    [Fact]
    public void GivenAnApproverDeclaredAConflict_WhenAnotherApproverApproves_ThenItIsApproved() =>
        Assert.IsType<NoticeApproved>(Assert.Single(
            Given(Submitted().Run(new DeclareConflictOfInterest(Contexts.By(People.Approver), "uk4-1", "Former employee.")))
                .When(Approve(People.SecondApprover)).ThenAccepted()));

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenACommissionerApproves_ThenRefused() =>
        Given(Submitted()).When(Approve(People.SecondCommissioner)).ThenRefused("Only an approver can approve a notice.");

    [Fact]
    public void GivenAnApprovedNotice_WhenASecondApproverApproves_ThenRefusedNamingWhoApproved() =>
        Given(Submitted().Approve("uk4-1", Moments.Start)).When(Approve(People.SecondApprover))
            .ThenRefused("This notice has already been approved by Amir Approver.", "noticeKey");

    [Fact]
    public void GivenAPublishedNotice_WhenApproved_ThenRefused() =>
        Given(Scenario.Tendering()).When(Approve()).ThenRefused("This notice has already been published.", "noticeKey");

    [Fact]
    public void GivenARejectedNotice_WhenApproved_ThenRefused() =>
        Given(Submitted().Run(new RejectNotice(Contexts.By(People.Approver), "uk4-1", "Fix the lots.", true)))
            .When(Approve(People.SecondApprover)).ThenRefused("This notice was rejected and has not been submitted again.", "noticeKey");

    [Fact]
    public void GivenAnApprovedNotice_WhenTheSameApprovalIsRepeated_ThenNothingNewIsRecorded()
    {
        var command = Approve();
        Given(Submitted().Run(command)).When(command).ThenRepeated();
    }
}
