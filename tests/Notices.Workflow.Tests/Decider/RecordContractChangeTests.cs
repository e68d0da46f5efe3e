using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class RecordContractChangeTests
{
    private static RecordContractChange Change(string description = "Add garden waste rounds.", decimal newValue = 8_200_000m, DateOnly? effectiveOn = null) =>
        new(Contexts.By(People.Commissioner, Moments.ContractDay), description, newValue, effectiveOn ?? new DateOnly(2025, 8, 1));

    [Fact]
    public void GivenAContract_WhenAChangeIsRecorded_ThenItIsTheFirstChangeAndItsCopyIsDue()
    {
        var command = Change();
        Given(Scenario.Contracted()).When(command).Then(
            new ContractChanged(command.Context, 1, "Add garden waste rounds.", 8_200_000m, new DateOnly(2025, 8, 1)),
            new ObligationSet(command.Context, "change-1-copy", ObligationKind.ModifiedContractCopy, new DateOnly(2025, 10, 29)));
    }

    [Fact]
    public void GivenAChangedContract_WhenAnotherChangeIsRecorded_ThenItIsTheSecond()
    {
        var events = Given(Scenario.Contracted().Run(Change())).When(Change()).ThenAccepted();
        Assert.Equal(2, Assert.Single(events.OfType<ContractChanged>()).ChangeNumber);
    }

    [Fact]
    public void GivenNoContract_WhenAChangeIsRecorded_ThenRefused() =>
        Given(Scenario.ReadyToContract()).When(Change()).ThenRefused("A change can only be recorded for a contract that has been entered into.");

    [Fact]
    public void GivenAnEndedContract_WhenAChangeIsRecorded_ThenRefused() =>
        Given(Scenario.ContractEnded()).When(Change()).ThenRefused("The contract has ended, so it can no longer be changed.");

    [Fact]
    public void GivenAContract_WhenTheChangeHasNoDescription_ThenRefused() =>
        Given(Scenario.Contracted()).When(Change(description: "")).ThenRefused("Describe the change (up to 2,000 characters).", "description");

    [Fact]
    public void GivenAContract_WhenTheNewValueIsZero_ThenRefused() =>
        Given(Scenario.Contracted()).When(Change(newValue: 0)).ThenRefused("Enter the contract's value once changed, in pounds including VAT.", "newValue");

    [Fact]
    public void GivenAContract_WhenTheChangeTakesEffectBeforeTheContract_ThenRefused() =>
        Given(Scenario.Contracted()).When(Change(effectiveOn: new DateOnly(2025, 1, 1)))
            .ThenRefused("A change cannot take effect before the contract was entered into.", "effectiveOn");

    [Fact]
    public void GivenAContract_WhenAnApproverRecordsAChange_ThenRefused() =>
        Given(Scenario.Contracted()).When(Change() with { Context = Contexts.By(People.Approver) })
            .ThenRefused("Only a commissioner can record a change to the contract.");
}
