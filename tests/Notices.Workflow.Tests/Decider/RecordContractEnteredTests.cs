using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class RecordContractEnteredTests
{
    private static readonly DateOnly Friday13June = new(2025, 6, 13);

    private static RecordContractEntered Entered(
        DateTimeOffset? at = null, DateOnly? enteredOn = null, decimal value = 7_800_000m, DateOnly? startsOn = null, Actor? by = null) =>
        new(Contexts.By(by ?? People.Commissioner, at ?? Moments.ContractDay), enteredOn ?? Friday13June, value,
            startsOn ?? new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30));

    [Fact]
    public void GivenStandstillHasEnded_WhenAContractOverFiveMillionIsEntered_ThenDetailsCopyAndKpiObligationsAreSet()
    {
        var command = Entered();
        Given(Scenario.ReadyToContract()).When(command).Then(
            new ContractEntered(command.Context, Friday13June, 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)),
            new ObligationSet(command.Context, "contract-details", ObligationKind.ContractDetailsNotice, new DateOnly(2025, 7, 12)),
            new ObligationSet(command.Context, "contract-copy", ObligationKind.ContractCopy, new DateOnly(2025, 9, 10)),
            new ObligationSet(command.Context, "kpi-1", ObligationKind.KpiAssessment, new DateOnly(2026, 6, 13)));
    }

    [Fact]
    public void GivenStandstillHasEnded_WhenAContractOfFiveMillionOrLessIsEntered_ThenOnlyTheDetailsNoticeIsDue()
    {
        var command = Entered(value: 5_000_000m);
        Given(Scenario.ReadyToContract()).When(command).Then(
            new ContractEntered(command.Context, Friday13June, 5_000_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)),
            new ObligationSet(command.Context, "contract-details", ObligationKind.ContractDetailsNotice, new DateOnly(2025, 7, 12)));
    }

    [Fact]
    public void GivenALightTouchAward_WhenTheContractIsEntered_ThenTheLongerPeriodsApplyAndNoKpis()
    {
        var lightTouch = Scenario.Awarded(SpecialRegime.LightTouch).PublishNotice(NoticeType.UK6, Moments.AwardNoticePublished);
        var command = Entered(at: Moments.AwardNoticePublished, enteredOn: new DateOnly(2025, 6, 3));
        Given(lightTouch).When(command).Then(
            new ContractEntered(command.Context, new DateOnly(2025, 6, 3), 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)),
            new ObligationSet(command.Context, "contract-details", ObligationKind.ContractDetailsNotice, new DateOnly(2025, 9, 30)),
            new ObligationSet(command.Context, "contract-copy", ObligationKind.ContractCopy, new DateOnly(2025, 11, 29)));
    }

    [Fact]
    public void GivenStandstillRunning_WhenTheContractIsEnteredOnTheLastDay_ThenRefusedSayingWhenItEnds() =>
        Given(Scenario.InStandstill()).When(Entered(at: Moments.StandstillEnds.AddHours(-1), enteredOn: Moments.StandstillLastDay))
            .ThenRefused("The contract cannot be entered into until the standstill period ends at the end of 12 June 2025.");

    [Fact]
    public void GivenStandstillWhoseTimerHasNotYetFired_WhenTheContractIsEnteredAfterItEnds_ThenStandstillEndsAndTheContractIsRecorded()
    {
        var command = Entered();
        var events = Given(Scenario.InStandstill()).When(command).ThenAccepted();
        Assert.Equal(new StandstillEnded(command.Context), events[0]);
        Assert.IsType<ContractEntered>(events[1]);
    }

    [Fact]
    public void GivenStandstillHasEnded_WhenTheContractIsDatedDuringStandstill_ThenRefused() =>
        Given(Scenario.ReadyToContract()).When(Entered(enteredOn: Moments.StandstillLastDay)).ThenRefused(
            "The contract cannot have been entered into during the standstill period, which ended at the end of 12 June 2025.", "enteredOn");

    [Fact]
    public void GivenStandstillHasEnded_WhenTheContractIsDatedInTheFuture_ThenRefused() =>
        Given(Scenario.ReadyToContract()).When(Entered(enteredOn: Friday13June.AddDays(1)))
            .ThenRefused("The date the contract was entered into cannot be in the future.", "enteredOn");

    [Fact]
    public void GivenStandstillHasEnded_WhenTheValueIsZero_ThenRefused() =>
        Given(Scenario.ReadyToContract()).When(Entered(value: 0))
            .ThenRefused("Enter the value of the contract in pounds, including VAT; it must be more than £0.", "value");

    [Fact]
    public void GivenStandstillHasEnded_WhenTheContractEndsBeforeItStarts_ThenRefused() =>
        Given(Scenario.ReadyToContract()).When(Entered(startsOn: new DateOnly(2031, 1, 1)))
            .ThenRefused("The contract's end date must be on or after its start date.", "endsOn");

    [Fact]
    public void GivenAnAwardDecisionButNoAwardNotice_WhenTheContractIsEntered_ThenRefused() =>
        Given(Scenario.Awarded()).When(Entered()).ThenRefused(
            "The contract award notice (UK6) must be published, and the standstill period must end, before the contract is entered into.");

    [Fact]
    public void GivenThePublishedTender_WhenTheContractIsEntered_ThenRefused() =>
        Given(Scenario.Tendering()).When(Entered())
            .ThenRefused("A contract can only be entered into after the award decision and the contract award notice (UK6).");

    [Fact]
    public void GivenAContract_WhenEnteredAgain_ThenRefused() =>
        Given(Scenario.Contracted()).When(Entered()).ThenRefused("The contract has already been entered into.");

    [Fact]
    public void GivenStandstillHasEnded_WhenAnApproverRecordsTheContract_ThenRefused() =>
        Given(Scenario.ReadyToContract()).When(Entered(by: People.Approver)).ThenRefused("Only a commissioner can record that the contract was entered into.");
}
