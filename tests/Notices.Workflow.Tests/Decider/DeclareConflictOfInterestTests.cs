using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class DeclareConflictOfInterestTests
{
    private static Scenario Submitted() => Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start).Submit("uk4-1", Moments.Start);

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenAnApproverDeclaresAConflict_ThenTheDeclarationIsRecorded()
    {
        var command = new DeclareConflictOfInterest(Contexts.By(People.Approver), "uk4-1", "My spouse is a director of a bidder.");
        Given(Submitted()).When(command).Then(new ConflictOfInterestDeclared(command.Context, "uk4-1", 1, "My spouse is a director of a bidder."));
    }

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenTheDetailsAreMissing_ThenRefused() =>
        Given(Submitted()).When(new DeclareConflictOfInterest(Contexts.By(People.Approver), "uk4-1", " "))
            .ThenRefused("Describe the conflict of interest (up to 2,000 characters).", "details");

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenACommissionerDeclares_ThenRefused() =>
        Given(Submitted()).When(new DeclareConflictOfInterest(Contexts.By(People.Commissioner), "uk4-1", "x"))
            .ThenRefused("Only an approver can declare a conflict of interest in a notice.");

    [Fact]
    public void GivenADraft_WhenAConflictIsDeclared_ThenRefused() =>
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start))
            .When(new DeclareConflictOfInterest(Contexts.By(People.Approver), "uk4-1", "x"))
            .ThenRefused("This notice has not been submitted for approval.", "noticeKey");
}
