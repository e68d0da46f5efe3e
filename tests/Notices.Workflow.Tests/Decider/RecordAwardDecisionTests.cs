using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class RecordAwardDecisionTests
{
    private static readonly IReadOnlyList<AwardedSupplier> Suppliers = [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")];

    private static RecordAwardDecision Award(
        IReadOnlyList<AwardedSupplier>? suppliers = null, decimal value = 7_800_000m, DateOnly? decidedOn = null, Actor? by = null) =>
        new(Contexts.By(by ?? People.Commissioner, Moments.Start), suppliers ?? Suppliers, value, decidedOn ?? Moments.Day(Moments.Start));

    [Fact]
    public void GivenThePublishedTender_WhenTheAwardDecisionIsRecorded_ThenItIsRecorded()
    {
        var command = Award();
        Given(Scenario.Tendering()).When(command).Then(new AwardDecisionRecorded(command.Context, Suppliers, 7_800_000m, command.DecidedOn));
    }

    [Fact]
    public void GivenAPublishedTransparencyNotice_WhenTheAwardDecisionIsRecorded_ThenItIsRecorded() =>
        Assert.IsType<AwardDecisionRecorded>(Assert.Single(Given(Scenario.Tendering(Procedure.DirectAward)).When(Award()).ThenAccepted()));

    [Fact]
    public void GivenNothingPublished_WhenTheAwardDecisionIsRecorded_ThenRefused() =>
        Given(Scenario.Registered_()).When(Award()).ThenRefused(
            "An award decision needs the tender notice (UK4) or transparency notice (UK5) to have been published first.");

    [Fact]
    public void GivenAnAwardDecision_WhenAnotherIsRecorded_ThenRefused() =>
        Given(Scenario.Awarded()).When(Award()).ThenRefused("The award decision has already been recorded.");

    [Fact]
    public void GivenATerminatedProcurement_WhenTheAwardDecisionIsRecorded_ThenRefused() =>
        Given(Scenario.Tendering().PublishNotice(NoticeType.UK12, Moments.Start)).When(Award()).ThenRefused("This procurement has been terminated.");

    [Fact]
    public void GivenThePublishedTender_WhenNoSupplierIsNamed_ThenRefused() =>
        Given(Scenario.Tendering()).When(Award(suppliers: [])).ThenRefused("Name at least one supplier the contract is to be awarded to.", "suppliers");

    [Fact]
    public void GivenThePublishedTender_WhenASupplierLacksNameAndIdentifier_ThenRefusedNamingEachField()
    {
        var spec = Given(Scenario.Tendering()).When(Award(suppliers: [new AwardedSupplier("", "")]));
        spec.ThenRefused("Enter the supplier's name.", "suppliers[0].name");
        spec.ThenRefused("Enter the supplier's identifier (for example its GB-PPON).", "suppliers[0].identifier");
    }

    [Fact]
    public void GivenThePublishedTender_WhenTheValueIsZero_ThenRefused() =>
        Given(Scenario.Tendering()).When(Award(value: 0))
            .ThenRefused("Enter the value of the contract in pounds, including VAT; it must be more than £0.", "value");

    [Fact]
    public void GivenThePublishedTender_WhenTheDecisionIsDatedTomorrow_ThenRefused() =>
        Given(Scenario.Tendering()).When(Award(decidedOn: Moments.Day(Moments.Start).AddDays(1)))
            .ThenRefused("The date of the award decision cannot be in the future.", "decidedOn");

    [Fact]
    public void GivenThePublishedTender_WhenAnApproverRecordsTheAward_ThenRefused() =>
        Given(Scenario.Tendering()).When(Award(by: People.Approver)).ThenRefused("Only a commissioner can record an award decision.");
}
