using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Lot = Notices.Workflow.Procurements.Lot;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class RegisterProcurementTests
{
    [Fact]
    public void GivenNothing_WhenACommissionerRegisters_ThenTheProcurementIsRegistered()
    {
        var command = Scenario.Registration();
        GivenNothing().When(command).Then(new ProcurementRegistered(
            command.Context, command.BuyerId, command.BuyerName, command.Title, command.EstimatedValue, command.Procedure,
            command.Nature, command.Regime, command.Lots));
    }

    [Fact]
    public void GivenNothing_WhenAnApproverRegisters_ThenRefused() =>
        GivenNothing().When(Scenario.Registration(context: Contexts.By(People.Approver)))
            .ThenRefused("Only a commissioner can register a procurement.");

    [Fact]
    public void GivenARegisteredProcurement_WhenRegisteredAgainWithANewCommand_ThenRefused() =>
        Given(Scenario.Registered_()).When(Scenario.Registration()).ThenRefused("This procurement is already registered.");

    [Fact]
    public void GivenARegisteredProcurement_WhenTheSameRegistrationIsRepeated_ThenNothingNewIsRecorded()
    {
        var command = Scenario.Registration();
        Given(new Scenario().Run(command)).When(command).ThenRepeated();
    }

    [Theory]
    [InlineData("", "buyerId", "Enter the buyer's identifier (up to 100 characters, without / \\ # or ?).")]
    [InlineData("GB/PPON", "buyerId", "Enter the buyer's identifier (up to 100 characters, without / \\ # or ?).")]
    public void GivenNothing_WhenTheBuyerIdIsUnusable_ThenRefusedNamingTheField(string buyerId, string field, string message) =>
        GivenNothing().When(Scenario.Registration() with { BuyerId = buyerId }).ThenRefused(message, field);

    [Fact]
    public void GivenNothing_WhenTheTitleIsMissing_ThenRefused() =>
        GivenNothing().When(Scenario.Registration() with { Title = " " }).ThenRefused("Enter a title for the procurement.", "title");

    [Fact]
    public void GivenNothing_WhenTheTitleIsTooLong_ThenRefused() =>
        GivenNothing().When(Scenario.Registration() with { Title = new string('x', 301) })
            .ThenRefused("The title must be 300 characters or fewer.", "title");

    [Fact]
    public void GivenNothing_WhenTheBuyerNameIsMissing_ThenRefused() =>
        GivenNothing().When(Scenario.Registration() with { BuyerName = "" }).ThenRefused("Enter the buyer's name.", "buyerName");

    [Fact]
    public void GivenNothing_WhenTheValueIsZero_ThenRefused() =>
        GivenNothing().When(Scenario.Registration() with { EstimatedValue = 0 })
            .ThenRefused("Enter the estimated value in pounds, including VAT; it must be more than £0.", "estimatedValue");

    [Fact]
    public void GivenNothing_WhenTheProcedureIsUnknown_ThenRefused() =>
        GivenNothing().When(Scenario.Registration() with { Procedure = (Notices.Domain.Notices.Procedure)42 })
            .ThenRefused("Choose the procedure: open, competitive flexible or direct award.", "procedure");

    [Fact]
    public void GivenNothing_WhenTwoLotsShareANumber_ThenRefusedNamingTheLot() =>
        GivenNothing().When(Scenario.Registration() with { Lots = [new Lot(1, "A", 10m), new Lot(1, "B", 10m)] })
            .ThenRefused("Lot number 1 is used twice; each lot needs its own number.", "lots[1].number");

    [Fact]
    public void GivenNothing_WhenALotHasNoTitleOrValue_ThenRefusedNamingEachField()
    {
        var spec = GivenNothing().When(Scenario.Registration() with { Lots = [new Lot(3, "", 0m)] });
        spec.ThenRefused("Enter a title for lot 3.", "lots[0].title");
        spec.ThenRefused("Enter the estimated value of lot 3; it must be more than £0.", "lots[0].estimatedValue");
    }

    [Fact]
    public void GivenNothing_WhenAnyOtherCommandArrives_ThenRefusedAsUnknown() =>
        GivenNothing().When(new SubmitNotice(Contexts.By(People.Commissioner), "uk4-1"))
            .ThenRefused("There is no procurement with this reference. Register the procurement first.");
}
