using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;

namespace Notices.Workflow.Tests.Decider;

/// <summary>Section 75: a change that needs a contract change notice (UK10) needs it published before the change takes effect.</summary>
public sealed class RecordContractChangeNoticeTests
{
    private static readonly DateOnly Today = Moments.Day(Moments.ContractDay);

    // £7.8 million to £9 million is a 15.38% change in a services contract: more than the 10% s.75(2) allows without a notice.
    private static RecordContractChange LargeChange(DateOnly effectiveOn, DateTimeOffset? at = null, decimal newValue = 9_000_000m) =>
        new(Contexts.By(People.Commissioner, at ?? Moments.ContractDay), "Add commercial waste collection.", newValue, effectiveOn);

    [Fact]
    public void GivenAContract_WhenAChangeNeedingANoticeIsRecordedAheadOfTime_ThenTheNoticeIsDueTheDayBeforeItTakesEffect()
    {
        var command = LargeChange(new DateOnly(2025, 8, 1));
        Given(Scenario.Contracted()).When(command).Then(
            new ContractChanged(command.Context, 1, "Add commercial waste collection.", 9_000_000m, new DateOnly(2025, 8, 1)),
            new ObligationSet(command.Context, "change-1-notice", ObligationKind.ChangeNotice, new DateOnly(2025, 7, 31)),
            new ObligationSet(command.Context, "change-1-copy", ObligationKind.ModifiedContractCopy, new DateOnly(2025, 10, 29)));
    }

    [Fact]
    public void GivenAContract_WhenAChangeNeedingANoticeTakesEffectToday_ThenRefusedNamingTheDate() =>
        Given(Scenario.Contracted()).When(LargeChange(Today)).ThenRefused(
            "A change taking effect on 13 June 2025 leaves no time to publish the contract change notice (UK10) it needs first. "
            + "The estimated value changes by 15.38%, more than the 10% allowed for a services contract (s.75(2)(a)). "
            + "The term changes by 0% of the maximum term on award, within the 10% allowed (s.75(2)(b)). "
            + "A contract change notice must be published before the modification is made (s.75(1)). "
            + "Publish the contract change notice before the change takes effect, and give the date it takes effect after that.",
            "effectiveOn");

    [Fact]
    public void GivenAContract_WhenAChangeNeedingANoticeTookEffectInThePast_ThenRefusedAndNothingIsRecorded()
    {
        var spec = Given(Scenario.Contracted()).When(LargeChange(new DateOnly(2025, 7, 1), at: new DateTimeOffset(2025, 7, 14, 9, 0, 0, TimeSpan.FromHours(1))));
        spec.ThenRefused(
            "A change taking effect on 1 July 2025 leaves no time to publish the contract change notice (UK10) it needs first. "
            + "The estimated value changes by 15.38%, more than the 10% allowed for a services contract (s.75(2)(a)). "
            + "The term changes by 0% of the maximum term on award, within the 10% allowed (s.75(2)(b)). "
            + "A contract change notice must be published before the modification is made (s.75(1)). "
            + "Publish the contract change notice before the change takes effect, and give the date it takes effect after that.",
            "effectiveOn");
        Assert.Equal(0, ((Registered)spec.StateAfter()).Contract!.Changes);
    }

    [Fact]
    public void GivenAContract_WhenAChangeWithinTenPercentTakesEffectToday_ThenRecordedWithNoNoticeDue()
    {
        var events = Given(Scenario.Contracted()).When(LargeChange(Today, newValue: 8_200_000m)).ThenAccepted();
        Assert.DoesNotContain(events.OfType<ObligationSet>(), o => o.Kind == ObligationKind.ChangeNotice);
        Assert.Single(events.OfType<ContractChanged>());
    }

    [Fact]
    public void GivenAContract_WhenANovationOnCorporateRestructuringTakesEffectToday_ThenRefusedWhateverItsSize() =>
        Given(Scenario.Contracted()).When(LargeChange(Today, newValue: 7_800_000m) with { CorporateRestructuring = true }).ThenRefused(
            "A change taking effect on 13 June 2025 leaves no time to publish the contract change notice (UK10) it needs first. "
            + "A novation or assignment on a corporate restructuring (Schedule 8, paragraph 9) always needs a contract change notice, whatever its size (s.75(2)). "
            + "Publish the contract change notice before the change takes effect, and give the date it takes effect after that.",
            "effectiveOn");

    [Fact]
    public void GivenADefenceAndSecurityContract_WhenALargeChangeTakesEffectToday_ThenRecordedWithNoNoticeDue()
    {
        var events = Given(DefenceAndSecurityContract()).When(LargeChange(Today)).ThenAccepted();
        Assert.Single(events.OfType<ContractChanged>());
        Assert.DoesNotContain(events.OfType<ObligationSet>(), o => o.Kind == ObligationKind.ChangeNotice);
    }

    [Fact]
    public void GivenAChangeNoticePublished_WhenTheChangeItAnnouncedIsRecorded_ThenTheNoticeMeetsItsObligation()
    {
        var given = Scenario.Contracted().PublishNotice(NoticeType.UK10, Moments.ContractDay);
        var uk10 = given.LastKey(NoticeType.UK10);
        var command = LargeChange(Today);
        Given(given).When(command).Then(
            new ContractChanged(command.Context, 1, "Add commercial waste collection.", 9_000_000m, Today),
            new ObligationSet(command.Context, "change-1-notice", ObligationKind.ChangeNotice, Today.AddDays(-1)),
            new ObligationMet(command.Context, "change-1-notice", uk10),
            new ObligationSet(command.Context, "change-1-copy", ObligationKind.ModifiedContractCopy, new DateOnly(2025, 9, 10)));
    }

    [Fact]
    public void GivenAChangeNoticeAlreadyMatched_WhenASecondLargeChangeTakesEffectToday_ThenRefused()
    {
        var given = Scenario.Contracted().PublishNotice(NoticeType.UK10, Moments.ContractDay).Run(LargeChange(Today));
        Given(given).When(LargeChange(Today, newValue: 11_000_000m))
            .ThenRefusedAt("effectiveOn", "leaves no time to publish the contract change notice (UK10) it needs first.");
    }

    [Fact]
    public void GivenAChangeNoticeDue_WhenTheNoticeIsPublished_ThenTheObligationIsMet()
    {
        var scenario = Scenario.Contracted().Run(LargeChange(new DateOnly(2025, 8, 1)));
        Assert.Equal(ObligationStatus.Open, scenario.Registered.Obligations["change-1-notice"].Status);
        scenario.PublishNotice(NoticeType.UK10, new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(1)));
        Assert.Equal(ObligationStatus.Met, scenario.Registered.Obligations["change-1-notice"].Status);
    }

    private static Scenario DefenceAndSecurityContract() =>
        Scenario.Awarded(SpecialRegime.DefenceAndSecurity)
            .PublishNotice(NoticeType.UK6, Moments.AwardNoticePublished)
            .Run(new EndStandstill(Contexts.By(People.Workflow, Moments.StandstillEnds)))
            .Run(new RecordContractEntered(
                Contexts.By(People.Commissioner, Moments.ContractDay), Today, 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)));
}
