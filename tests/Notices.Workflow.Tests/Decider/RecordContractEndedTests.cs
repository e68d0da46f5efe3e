using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

public sealed class RecordContractEndedTests
{
    private static readonly DateTimeOffset Later = Moments.ContractDay.AddDays(40);

    private static RecordContractEnded Ended(DateOnly? endedOn = null) =>
        new(Contexts.By(People.Commissioner, Later), endedOn ?? Moments.Day(Later), ContractEnding.TerminatedByAuthority);

    [Fact]
    public void GivenAContract_WhenItEnds_ThenTheTerminationNoticeIsDueIn30DaysAndKpisStop()
    {
        var command = Ended();
        Given(Scenario.Contracted()).When(command).Then(
            new ContractEnded(command.Context, new DateOnly(2025, 7, 23), ContractEnding.TerminatedByAuthority),
            new ObligationSet(command.Context, "termination-notice", ObligationKind.TerminationNotice, new DateOnly(2025, 8, 21)),
            new ObligationWithdrawn(command.Context, "kpi-1", "The contract has ended; no further yearly assessment falls due."));
    }

    [Fact]
    public void GivenNoContract_WhenItEnds_ThenRefused() =>
        Given(Scenario.ReadyToContract()).When(Ended())
            .ThenRefused("The end of a contract can only be recorded once the contract has been entered into.");

    [Fact]
    public void GivenAnEndedContract_WhenItEndsAgain_ThenRefused() =>
        Given(Scenario.ContractEnded()).When(Ended()).ThenRefused("The end of the contract has already been recorded.");

    [Fact]
    public void GivenAContract_WhenTheEndIsInTheFuture_ThenRefused() =>
        Given(Scenario.Contracted()).When(Ended(Moments.Day(Later).AddDays(1)))
            .ThenRefused("The date the contract ended cannot be in the future.", "endedOn");

    [Fact]
    public void GivenAContract_WhenTheEndIsBeforeItWasEntered_ThenRefused() =>
        Given(Scenario.Contracted()).When(Ended(new DateOnly(2025, 6, 1)))
            .ThenRefused("A contract cannot end before it was entered into.", "endedOn");

    [Fact]
    public void GivenAContract_WhenAnApproverRecordsItsEnd_ThenRefused() =>
        Given(Scenario.Contracted()).When(Ended() with { Context = Contexts.By(People.Approver, Later) })
            .ThenRefused("Only a commissioner can record the end of the contract.");
}
