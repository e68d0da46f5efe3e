using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Publishing;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class RecordNoticePublishedTests
{
    private static readonly PublicationReceipt Receipt = new("000042-2025", "ocds-h6vhtk-0a1b2c", Moments.AwardNoticePublished, "p1/uk6-1.json");

    private static RecordNoticePublished Published(string key) => new(Contexts.By(People.Workflow, Moments.AwardNoticePublished), key, Receipt);

    [Fact]
    public void GivenAnApprovedTenderNotice_WhenPublished_ThenThePublicationIsRecordedAndTenderingBegins()
    {
        var command = Published("uk4-1");
        var spec = Given(Scenario.Registered_().Approved(NoticeType.UK4, Moments.Start)).When(command);
        spec.Then(new NoticePublished(command.Context, "uk4-1", NoticeType.UK4, Receipt));
        var state = (Registered)spec.StateAfter();
        Assert.Equal(Phase.Tendering, state.Phase);
        Assert.Equal("ocds-h6vhtk-0a1b2c", state.Ocid);
    }

    [Fact]
    public void GivenAnApprovedContractAwardNotice_WhenPublishedOnTuesday3June2025_ThenStandstillEndsAtTheEndOf12June()
    {
        var command = Published("uk6-1");
        Given(Scenario.Awarded().Approved(NoticeType.UK6, Moments.Start)).When(command).Then(
            new NoticePublished(command.Context, "uk6-1", NoticeType.UK6, Receipt),
            new StandstillStarted(command.Context, new DateOnly(2025, 6, 3), Moments.StandstillLastDay, Moments.StandstillEnds));
    }

    [Fact]
    public void GivenALightTouchContractAwardNotice_WhenPublished_ThenNoStandstillAndTheContractMayBeEntered()
    {
        var spec = Given(Scenario.Awarded(SpecialRegime.LightTouch).Approved(NoticeType.UK6, Moments.Start)).When(Published("uk6-1"));
        Assert.IsType<NoticePublished>(Assert.Single(spec.ThenAccepted()));
        Assert.Equal(Phase.ReadyToContract, ((Registered)spec.StateAfter()).Phase);
    }

    [Fact]
    public void GivenAnApprovedContractDetailsNotice_WhenPublished_ThenTheObligationIsMet()
    {
        var command = Published("uk7-1");
        Given(Scenario.Contracted().Approved(NoticeType.UK7, Moments.ContractDay)).When(command).Then(
            new NoticePublished(command.Context, "uk7-1", NoticeType.UK7, Receipt),
            new ObligationMet(command.Context, "contract-details", "uk7-1"));
    }

    [Fact]
    public void GivenAnApprovedPerformanceNotice_WhenPublished_ThenThisYearsAssessmentIsMetAndNextYearsIsSet()
    {
        var command = Published("uk9-1");
        Given(Scenario.Contracted().Approved(NoticeType.UK9, Moments.ContractDay)).When(command).Then(
            new NoticePublished(command.Context, "uk9-1", NoticeType.UK9, Receipt),
            new ObligationMet(command.Context, "kpi-1", "uk9-1"),
            new ObligationSet(command.Context, "kpi-2", ObligationKind.KpiAssessment, new DateOnly(2027, 6, 13)));
    }

    [Fact]
    public void GivenAnApprovedTerminationNotice_WhenPublished_ThenTheTerminationObligationIsMet()
    {
        var command = Published("uk11-1");
        Given(Scenario.ContractEnded().Approved(NoticeType.UK11, Moments.ContractDay)).When(command).Then(
            new NoticePublished(command.Context, "uk11-1", NoticeType.UK11, Receipt),
            new ObligationMet(command.Context, "termination-notice", "uk11-1"));
    }

    [Fact]
    public void GivenAnApprovedProcurementTerminationNotice_WhenPublished_ThenTheProcurementIsTerminated()
    {
        var command = Published("uk12-1");
        var spec = Given(Scenario.Tendering().Approved(NoticeType.UK12, Moments.Start)).When(command);
        spec.Then(new NoticePublished(command.Context, "uk12-1", NoticeType.UK12, Receipt), new ProcurementTerminated(command.Context, "uk12-1"));
        Assert.Equal(Phase.Terminated, ((Registered)spec.StateAfter()).Phase);
    }

    [Fact]
    public void GivenAnAlreadyPublishedNotice_WhenPublishedAgainByARetriedWorkItem_ThenNothingMoreIsRecorded() =>
        Given(Scenario.Tendering()).When(Published("uk4-1")).ThenNothingHappens();

    [Fact]
    public void GivenADraft_WhenPublished_ThenRefused() =>
        Given(Scenario.Registered_().Draft(NoticeType.UK4, Moments.Start)).When(Published("uk4-1"))
            .ThenRefused("This notice has not been approved, so it cannot have been published.", "noticeKey");

    [Fact]
    public void GivenAnApprovedNotice_WhenAPersonRecordsItsPublication_ThenRefused() =>
        Given(Scenario.Registered_().Approved(NoticeType.UK4, Moments.Start))
            .When(new RecordNoticePublished(Contexts.By(People.Administrator), "uk4-1", Receipt))
            .ThenRefused("Only the workflow itself can record that a notice was published.");

    [Fact]
    public void GivenNoSuchNotice_WhenPublished_ThenRefused() =>
        Given(Scenario.Registered_()).When(Published("uk4-1")).ThenRefused("There is no notice 'uk4-1' in this procurement.", "noticeKey");
}
