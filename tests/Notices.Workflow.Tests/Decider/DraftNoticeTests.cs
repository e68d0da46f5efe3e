using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class DraftNoticeTests
{
    private static DraftNotice Draft(NoticeType type, Actor? by = null, string? content = null) =>
        new(Contexts.By(by ?? People.Commissioner), type, content ?? SampleContent.Valid(type));

    [Theory]
    [InlineData(NoticeType.UK1)]
    [InlineData(NoticeType.UK2)]
    [InlineData(NoticeType.UK3)]
    [InlineData(NoticeType.UK4)]
    public void GivenACompetitiveProcurement_WhenAPlanningOrTenderNoticeIsDrafted_ThenItIsRecordedWithAKey(NoticeType type)
    {
        var command = Draft(type);
        Given(Scenario.Registered_()).When(command).Then(
            new NoticeDrafted(command.Context, $"{type.ToString().ToLowerInvariant()}-1", type, command.Content));
    }

    [Fact]
    public void GivenADirectAward_WhenATransparencyNoticeIsDrafted_ThenItIsRecorded()
    {
        var command = Draft(NoticeType.UK5);
        Given(Scenario.Registered_(Procedure.DirectAward)).When(command)
            .Then(new NoticeDrafted(command.Context, "uk5-1", NoticeType.UK5, command.Content));
    }

    [Fact]
    public void GivenADirectAward_WhenATenderNoticeIsDrafted_ThenRefused() =>
        Given(Scenario.Registered_(Procedure.DirectAward)).When(Draft(NoticeType.UK4))
            .ThenRefused("A direct award is announced with a transparency notice (UK5), not a tender notice (UK4).", "type");

    [Fact]
    public void GivenADirectAward_WhenAPlannedProcurementNoticeIsDrafted_ThenRefused() =>
        Given(Scenario.Registered_(Procedure.DirectAward)).When(Draft(NoticeType.UK3))
            .ThenRefused("A planned procurement notice (UK3) announces a competitive tender, but this procurement is a direct award.", "type");

    [Fact]
    public void GivenACompetitiveProcurement_WhenATransparencyNoticeIsDrafted_ThenRefused() =>
        Given(Scenario.Registered_()).When(Draft(NoticeType.UK5))
            .ThenRefused("A transparency notice (UK5) announces a direct award, but this procurement is competitive: it needs a tender notice (UK4).", "type");

    [Fact]
    public void GivenATenderNoticeAlreadyDrafted_WhenAnotherIsDrafted_ThenRefused() =>
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start)).When(Draft(NoticeType.UK4))
            .ThenRefused("This procurement already has a tender notice (UK4); change that one instead.", "type");

    [Fact]
    public void GivenThePublishedTender_WhenAPipelineNoticeIsDrafted_ThenRefused() =>
        Given(Scenario.Tendering()).When(Draft(NoticeType.UK1))
            .ThenRefused("A pipeline notice (UK1) comes before the tender or transparency notice, which has already been published.", "type");

    [Fact]
    public void GivenThePublishedTender_WhenAContractAwardNoticeIsDraftedBeforeTheAwardDecision_ThenRefused() =>
        Given(Scenario.Tendering()).When(Draft(NoticeType.UK6))
            .ThenRefused("A contract award notice (UK6) needs the award decision to have been recorded first.", "type");

    [Fact]
    public void GivenTheAwardDecision_WhenAContractAwardNoticeIsDrafted_ThenItIsRecorded() =>
        Assert.IsType<NoticeDrafted>(Assert.Single(Given(Scenario.Awarded()).When(Draft(NoticeType.UK6)).ThenAccepted()));

    [Fact]
    public void GivenStandstill_WhenAnotherContractAwardNoticeIsDrafted_ThenRefused() =>
        Given(Scenario.InStandstill()).When(Draft(NoticeType.UK6))
            .ThenRefused("This procurement already has a contract award notice (UK6); change that one instead.", "type");

    [Theory]
    [InlineData(NoticeType.UK7, "A contract details notice (UK7) needs the contract to have been entered into first.")]
    [InlineData(NoticeType.UK9, "A contract performance notice (UK9) needs the contract to have been entered into first.")]
    [InlineData(NoticeType.UK10, "A contract change notice (UK10) needs the contract to have been entered into first.")]
    [InlineData(NoticeType.UK11, "A contract termination notice (UK11) needs the end of the contract to have been recorded first.")]
    public void GivenNoContractYet_WhenAContractNoticeIsDrafted_ThenRefused(NoticeType type, string message) =>
        Given(Scenario.ReadyToContract()).When(Draft(type)).ThenRefused(message, "type");

    [Theory]
    [InlineData(NoticeType.UK7)]
    [InlineData(NoticeType.UK9)]
    [InlineData(NoticeType.UK10)]
    public void GivenAContract_WhenAContractNoticeIsDrafted_ThenItIsRecorded(NoticeType type) =>
        Assert.IsType<NoticeDrafted>(Assert.Single(Given(Scenario.Contracted()).When(Draft(type)).ThenAccepted()));

    [Fact]
    public void GivenAContractChangeNoticeAlready_WhenAnotherIsDrafted_ThenItGetsTheNextKey()
    {
        var events = Given(Scenario.Contracted().Draft(NoticeType.UK10, Moments.ContractDay)).When(Draft(NoticeType.UK10)).ThenAccepted();
        Assert.Equal("uk10-2", Assert.IsType<NoticeDrafted>(Assert.Single(events)).NoticeKey);
    }

    [Fact]
    public void GivenTheContractEnded_WhenAContractChangeNoticeIsDrafted_ThenRefused() =>
        Given(Scenario.ContractEnded()).When(Draft(NoticeType.UK10)).ThenRefused("The contract has ended, so it can no longer be changed.", "type");

    [Fact]
    public void GivenTheContractEnded_WhenATerminationNoticeIsDrafted_ThenItIsRecorded() =>
        Assert.IsType<NoticeDrafted>(Assert.Single(Given(Scenario.ContractEnded()).When(Draft(NoticeType.UK11)).ThenAccepted()));

    [Fact]
    public void GivenNothingPublished_WhenAProcurementTerminationNoticeIsDrafted_ThenRefused() =>
        Given(Scenario.Registered_()).When(Draft(NoticeType.UK12))
            .ThenRefused("A procurement termination notice (UK12) follows a published tender or transparency notice; nothing has been published yet.", "type");

    [Fact]
    public void GivenThePublishedTender_WhenAProcurementTerminationNoticeIsDrafted_ThenItIsRecorded() =>
        Assert.IsType<NoticeDrafted>(Assert.Single(Given(Scenario.Tendering()).When(Draft(NoticeType.UK12)).ThenAccepted()));

    [Fact]
    public void GivenAContract_WhenAProcurementTerminationNoticeIsDrafted_ThenRefused() =>
        Given(Scenario.Contracted()).When(Draft(NoticeType.UK12))
            .ThenRefused("The contract has been entered into, so the procurement can no longer be terminated; record the end of the contract instead.", "type");

    [Fact]
    public void GivenATerminatedProcurement_WhenAnyNoticeIsDrafted_ThenRefused() =>
        Given(Scenario.Tendering().PublishNotice(NoticeType.UK12, Moments.Start)).When(Draft(NoticeType.UK6))
            .ThenRefused("This procurement has been terminated, so no more notices can be drafted for it.", "type");

    [Theory]
    [InlineData(NoticeType.UK8)]
    [InlineData(NoticeType.UK13)]
    [InlineData(NoticeType.UK17)]
    public void GivenAProcurement_WhenANoticeOutsideItsLifecycleIsDrafted_ThenRefused(NoticeType type) =>
        Given(Scenario.Registered_()).When(Draft(type, content: "{}"))
            .ThenRefused($"A {Law.NoticeNames.Of(type)} is not part of a procurement's lifecycle in Notice Functions.", "type");

    [Fact]
    public void GivenAProcurement_WhenAnApproverDrafts_ThenRefused() =>
        Given(Scenario.Registered_()).When(Draft(NoticeType.UK4, People.Approver)).ThenRefused("Only a commissioner can draft a notice.");

    [Fact]
    public void GivenAProcurement_WhenTheContentIsEmpty_ThenRefused() =>
        Given(Scenario.Registered_()).When(Draft(NoticeType.UK4, content: " ")).ThenRefused("The notice has no content.", "content");

    [Fact]
    public void GivenAProcurement_WhenTheContentIsTooLong_ThenRefused() =>
        Given(Scenario.Registered_()).When(Draft(NoticeType.UK4, content: new string('x', 200_001)))
            .ThenRefused("The notice is too long: it must be 200,000 characters or fewer.", "content");

    [Fact]
    public void GivenAProcurement_WhenAnIncompleteDraftIsSaved_ThenItIsRecordedForLater() =>
        Assert.IsType<NoticeDrafted>(Assert.Single(
            Given(Scenario.Registered_()).When(Draft(NoticeType.UK4, content: SampleContent.Invalid(NoticeType.UK4))).ThenAccepted()));
}
