using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class AmendNoticeTests
{
    private static readonly string Content = SampleContent.Valid(NoticeType.UK4);

    private static AmendNotice Amend(string key = "uk4-1") => new(Contexts.By(People.Commissioner), key, Content);

    [Fact]
    public void GivenADraft_WhenItIsAmended_ThenTheNewContentIsRecorded()
    {
        var command = Amend();
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start)).When(command)
            .Then(new NoticeAmended(command.Context, "uk4-1", Content));
    }

    [Fact]
    public void GivenARejectedNotice_WhenItIsAmended_ThenItIsRedrafted()
    {
        var rejected = Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start).Submit("uk4-1", Moments.Start)
            .Run(new RejectNotice(Contexts.By(People.Approver), "uk4-1", "The award criteria do not add up to 100%.", true));
        Assert.IsType<NoticeAmended>(Assert.Single(Given(rejected).When(Amend()).ThenAccepted()));
    }

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenItIsAmended_ThenRefused() =>
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start).Submit("uk4-1", Moments.Start)).When(Amend())
            .ThenRefused("This notice is waiting for approval and cannot be changed; an approver can reject it so that it can be changed.", "noticeKey");

    [Fact]
    public void GivenAnApprovedNotice_WhenItIsAmended_ThenRefused() =>
        Given(Scenario.Registered_().Approved(NoticeType.UK4, Moments.Start)).When(Amend())
            .ThenRefused("This notice has been approved and is being published; it can no longer be changed.", "noticeKey");

    [Fact]
    public void GivenAPublishedNotice_WhenItIsAmended_ThenRefused() =>
        Given(Scenario.Tendering()).When(Amend()).ThenRefused("This notice has been published and can no longer be changed.", "noticeKey");

    [Fact]
    public void GivenNoSuchNotice_WhenItIsAmended_ThenRefused() =>
        Given(Scenario.Registered_()).When(Amend("uk4-9")).ThenRefused("There is no notice 'uk4-9' in this procurement.", "noticeKey");

    [Fact]
    public void GivenADraft_WhenAnApproverAmendsIt_ThenRefused() =>
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start))
            .When(new AmendNotice(Contexts.By(People.Approver), "uk4-1", Content)).ThenRefused("Only a commissioner can change a notice.");

    [Fact]
    public void GivenADraft_WhenTheAmendmentIsEmpty_ThenRefused() =>
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start))
            .When(new AmendNotice(Contexts.By(People.Commissioner), "uk4-1", "")).ThenRefused("The notice has no content.", "content");
}
