using Notices.Domain.Procurement;
using Notices.Workflow.Reactions;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.PublishedReleases;

namespace Notices.Workflow.Tests.Reactions;

/// <summary>The timers an adoption leaves running, as the reaction rules derive them from what it recorded.</summary>
public sealed class AdoptionReactionTests
{
    private static readonly ReactionOptions Options = new();

    /// <summary>Every intent the adoption's events cause, each reacted to with the state after it.</summary>
    private static List<Intent> ReactToAll(Scenario scenario)
    {
        var intents = new List<Intent>();
        var state = ProcurementState.Initial;
        for (var i = 0; i < scenario.Events.Count; i++)
        {
            state = ProcurementEvolution.Evolve(state, scenario.Events[i]);
            intents.AddRange(Reactor.React(scenario.Events[i], i + 1, state, Options));
        }

        return intents;
    }

    [Fact]
    public void React_AwardNoticeAdoptedDuringItsStandstill_WaitsForTheEndOfItsLastDay() =>
        Assert.Equal(
            [new StartTimer(TimerIds.Standstill, Moments.StandstillEnds, new StandstillEnd())],
            ReactToAll(new Scenario().Run(AdoptionOf(AwardRelease, DuringTheAwardStandstill))));

    [Fact]
    public void React_ContractOverFiveMillionAdopted_RemindsAWeekBeforeTheCopyAndTheKpiAssessmentAreDue()
    {
        var adoption = AdoptionOf(ContractDetailsRelease, AfterTheSeptember2026Notices);
        var intents = ReactToAll(new Scenario().Run(adoption with { Regime = SpecialRegime.None, Contract = adoption.Contract! with { Value = 7_800_000m } }));

        Assert.Equal(
            [TimerIds.For(new ObligationReminder("contract-copy")), TimerIds.For(new ObligationReminder("kpi-1"))],
            intents.OfType<StartTimer>().Select(t => t.Id));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), intents.OfType<StartTimer>().First().DueAt);
    }

    [Fact]
    public void React_TenderNoticeAdopted_StartsNothing() =>
        Assert.Empty(ReactToAll(new Scenario().Run(AdoptionOf(TenderRelease, AfterTheSeptember2026Notices))));
}
