using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Decisions;
using Notices.Workflow.Events;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class SubmitNoticeTests
{
    private static SubmitNotice Submit(string key = "uk4-1") => new(Contexts.By(People.Commissioner), key);

    [Fact]
    public void GivenAValidDraft_WhenSubmitted_ThenItAwaitsApprovalAsTheFirstSubmission()
    {
        var command = Submit();
        var spec = Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start)).When(command);
        spec.Then(new NoticeSubmitted(command.Context, "uk4-1", 1));
        var waiting = Assert.IsType<AwaitingApprovalState>(((Registered)spec.StateAfter()).Notices["uk4-1"]);
        Assert.Equal(People.Commissioner, waiting.SubmittedBy);
    }

    [Fact]
    public void GivenAnIncompleteDraft_WhenSubmitted_ThenRefusedWithTheValidationErrorForTheField()
    {
        var draft = Scenario.Registered_().Run(new DraftNotice(
            Contexts.By(People.Commissioner), NoticeType.UK4, SampleContent.Invalid(NoticeType.UK4)));
        var decision = ProcurementDecider.Decide(Submit(), draft.State);
        Assert.True(decision.IsRefused);
        Assert.Empty(decision.Events);
        Assert.Contains(decision.Problems, p => p.Field == SampleContent.InvalidField);
    }

    [Fact]
    public void GivenContentOfAnotherNoticeType_WhenSubmitted_ThenRefused()
    {
        var draft = Scenario.Registered_().Run(new DraftNotice(
            Contexts.By(People.Commissioner), NoticeType.UK4, SampleContent.Valid(NoticeType.UK2)));
        Given(draft).When(Submit()).ThenRefused(
            "This is a tender notice (UK4), but the content is a preliminary market engagement notice (UK2).", "type");
    }

    [Fact]
    public void GivenContentThatIsNotJson_WhenSubmitted_ThenRefusedNamingTheContent()
    {
        var draft = Scenario.Registered_().Run(new DraftNotice(Contexts.By(People.Commissioner), NoticeType.UK4, "{not json"));
        var decision = ProcurementDecider.Decide(Submit(), draft.State);
        Assert.True(decision.IsRefused);
        Assert.StartsWith("The notice could not be read", Assert.Single(decision.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenARejectedNotice_WhenSubmittedAgain_ThenItIsTheSecondSubmission()
    {
        var rejected = Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start).Submit("uk4-1", Moments.Start)
            .Run(new RejectNotice(Contexts.By(People.Approver), "uk4-1", "Wrong lots.", true));
        var command = Submit();
        Given(rejected).When(command).Then(new NoticeSubmitted(command.Context, "uk4-1", 2));
    }

    [Fact]
    public void GivenANoticeAwaitingApproval_WhenSubmittedAgain_ThenRefused() =>
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start).Submit("uk4-1", Moments.Start)).When(Submit())
            .ThenRefused("This notice is already waiting for approval.", "noticeKey");

    [Fact]
    public void GivenAPublishedNotice_WhenSubmitted_ThenRefused() =>
        Given(Scenario.Tendering()).When(Submit()).ThenRefused("This notice has been published and can no longer be changed.", "noticeKey");

    [Fact]
    public void GivenAPipelineDraftAndThenThePublishedTender_WhenThePipelineNoticeIsSubmitted_ThenRefusedBecauseTheProcurementMovedOn()
    {
        var scenario = Scenario.Registered_().Draft(NoticeType.UK1, Moments.Start).PublishNotice(NoticeType.UK4, Moments.Start);
        Given(scenario).When(Submit("uk1-1"))
            .ThenRefused("A pipeline notice (UK1) comes before the tender or transparency notice, which has already been published.", "type");
    }

    [Fact]
    public void GivenNoSuchNotice_WhenSubmitted_ThenRefused() =>
        Given(Scenario.Registered_()).When(Submit("uk6-1")).ThenRefused("There is no notice 'uk6-1' in this procurement.", "noticeKey");

    [Fact]
    public void GivenADraft_WhenAnApproverSubmits_ThenRefused() =>
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start))
            .When(new SubmitNotice(Contexts.By(People.Approver), "uk4-1")).ThenRefused("Only a commissioner can submit a notice for approval.");

    [Fact]
    public void GivenASubmittedNotice_WhenTheSameSubmitCommandIsRepeated_ThenNothingNewIsRecorded()
    {
        var command = Submit();
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start).Run(command)).When(command).ThenRepeated();
    }
}
