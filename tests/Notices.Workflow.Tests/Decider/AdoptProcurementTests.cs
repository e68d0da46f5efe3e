using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.DeciderSpec;
using static Notices.Workflow.Tests.Support.PublishedReleases;

namespace Notices.Workflow.Tests.Decider;

/// <summary>Each stage Find a Tender published, adopted from its real release and taken on to its next notice.</summary>
public sealed class AdoptProcurementTests
{
    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);

    [Fact]
    public void GivenNothing_WhenTheTenderNoticeIsAdopted_ThenItIsTenderingUnderFindATendersOcidWithItsNoticePublished()
    {
        var spec = GivenNothing().When(AdoptionOf(TenderRelease, AfterTheSeptember2026Notices));

        var events = spec.ThenAccepted();
        var adopted = Assert.IsType<ProcurementAdopted>(events[0]);
        Assert.Equal(("ocds-h6vhtk-06f17d", "GB-PPON-PDTR-3338-MNPG", "Science Museum Group"), (adopted.Ocid, adopted.BuyerId, adopted.BuyerName));
        Assert.Equal((219_000m, Procedure.Open, ContractNature.Services, 5), (adopted.EstimatedValue, adopted.Procedure, adopted.Nature, adopted.Lots.Count));
        var notice = Assert.IsType<NoticeAdopted>(Assert.Single(events, e => e is NoticeAdopted));
        Assert.Equal(("uk4-1", NoticeType.UK4), (notice.NoticeKey, notice.Type));
        Assert.Equal("083563-2026", notice.Publication.NoticeId);
        Assert.Equal("ocds-h6vhtk-06f17d", notice.Publication.Ocid);
        Assert.Equal(new DateTimeOffset(2026, 9, 3, 15, 18, 45, Bst), notice.Publication.PublishedAt);
        Assert.Equal("https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages/083563-2026", notice.Publication.Location);
        Assert.Equal(2, events.Count);

        var state = Assert.IsType<Registered>(spec.StateAfter());
        Assert.Equal((Phase.Tendering, "ocds-h6vhtk-06f17d"), (state.Phase, state.Ocid));
        Assert.IsType<PublishedNoticeState>(state.Notices["uk4-1"]);
    }

    [Fact]
    public void GivenAnAdoptedTenderNotice_WhenTheAwardIsDecided_ThenTheContractAwardNoticeIsNext()
    {
        var awarded = new Scenario().Run(AdoptionOf(TenderRelease, AfterTheSeptember2026Notices)).Run(new RecordAwardDecision(
            Contexts.By(People.Commissioner, AfterTheSeptember2026Notices), [new AwardedSupplier("Wonder Exhibits Limited", "GB-COH-01234567")],
            60_000m, new DateOnly(2026, 9, 7)));

        var drafted = Assert.IsType<NoticeDrafted>(Assert.Single(Given(awarded)
            .When(new DraftNotice(Contexts.By(People.Commissioner, AfterTheSeptember2026Notices), NoticeType.UK6, SampleContent.Valid(NoticeType.UK6)))
            .ThenAccepted()));
        Assert.Equal("uk6-1", drafted.NoticeKey);
    }

    [Fact]
    public void GivenAnAdoptedTenderNotice_WhenAnotherTenderNoticeIsDrafted_ThenRefusedAsAlreadyPublished() =>
        Given(new Scenario().Run(AdoptionOf(TenderRelease, AfterTheSeptember2026Notices)))
            .When(new DraftNotice(Contexts.By(People.Commissioner, AfterTheSeptember2026Notices), NoticeType.UK4, SampleContent.Valid(NoticeType.UK4)))
            .ThenRefused("This procurement already has a tender notice (UK4); change that one instead.", "type");

    [Fact]
    public void GivenNothing_WhenTheAwardNoticeIsAdoptedDuringItsStandstill_ThenTheStandstillItStatesRuns()
    {
        var spec = GivenNothing().When(AdoptionOf(AwardRelease, DuringTheAwardStandstill));

        var events = spec.ThenAccepted();
        var standstill = Assert.IsType<StandstillStarted>(Assert.Single(events, e => e is StandstillStarted));
        Assert.Equal((Moments.StandstillLastDay, Moments.StandstillEnds), (standstill.LastDay, standstill.EndsAt));
        Assert.DoesNotContain(events, e => e is StandstillEnded);
        var state = Assert.IsType<Registered>(spec.StateAfter());
        Assert.Equal((Phase.Standstill, "ocds-h6vhtk-04e9fb"), (state.Phase, state.Ocid));

        // All five awards stand (three awaiting standstill, two already active): 680,146.80 including VAT, decided on 3 June.
        Assert.Equal(5, state.Award!.Suppliers.Count);
        Assert.Equal((680_146.8m, new DateOnly(2025, 6, 3)), (state.Award.Value, state.Award.DecidedOn));
        Assert.Contains(state.Award.Suppliers, s => s.Identifier == "GB-COH-08229264" && s.Name.Length > 0);
    }

    [Fact]
    public void GivenTheAwardNoticeAdoptedDuringItsStandstill_WhenTheContractIsEnteredAfterIt_ThenTheContractDetailsNoticeIsDueAndNext()
    {
        var entered = new Scenario()
            .Run(AdoptionOf(AwardRelease, DuringTheAwardStandstill))
            .Run(new EndStandstill(Contexts.By(People.Workflow, Moments.StandstillEnds)))
            .Run(new RecordContractEntered(
                Contexts.By(People.Commissioner, Moments.ContractDay), Moments.Day(Moments.ContractDay), 680_146.8m, new DateOnly(2025, 7, 1), new DateOnly(2027, 6, 30)));
        Assert.Equal(new DateOnly(2025, 7, 12), entered.Registered.Obligations["contract-details"].DueOn);

        var drafted = Assert.IsType<NoticeDrafted>(Assert.Single(Given(entered)
            .When(new DraftNotice(Contexts.By(People.Commissioner, Moments.ContractDay), NoticeType.UK7, SampleContent.Valid(NoticeType.UK7)))
            .ThenAccepted()));
        Assert.Equal("uk7-1", drafted.NoticeKey);
    }

    [Fact]
    public void GivenNothing_WhenTheAwardNoticeIsAdoptedAfterItsStandstill_ThenTheContractMayBeEnteredInto()
    {
        var spec = GivenNothing().When(AdoptionOf(AwardRelease, new DateTimeOffset(2025, 6, 20, 9, 0, 0, Bst)));

        var events = spec.ThenAccepted();
        Assert.Equal(typeof(StandstillEnded), events[^1].GetType());
        Assert.Equal(Phase.ReadyToContract, Assert.IsType<Registered>(spec.StateAfter()).Phase);
    }

    [Fact]
    public void GivenNothing_WhenTheContractDetailsNoticeIsAdopted_ThenTheContractIsInForceWithNothingMoreDue()
    {
        var spec = GivenNothing().When(AdoptionOf(ContractDetailsRelease, AfterTheSeptember2026Notices));

        Assert.DoesNotContain(spec.ThenAccepted(), e => e is ObligationSet);
        var state = Assert.IsType<Registered>(spec.StateAfter());
        Assert.Equal((Phase.Contracted, "ocds-h6vhtk-06f19e", SpecialRegime.LightTouch), (state.Phase, state.Ocid, state.Details.Regime));
        Assert.Equal(new State.Contract(new DateOnly(2026, 9, 3), 0.01m, new DateOnly(2026, 9, 4), new DateOnly(2026, 9, 20), 0, null), state.Contract);
        Assert.Equal("083608-2026", Assert.IsType<PublishedNoticeState>(state.Notices["uk7-1"]).Publication.NoticeId);
    }

    [Fact]
    public void GivenAnAdoptedContractDetailsNotice_WhenTheContractEnds_ThenTheTerminationNoticeIsDueAndNext()
    {
        var endedOn = new DateOnly(2026, 9, 20);
        var ended = new Scenario()
            .Run(AdoptionOf(ContractDetailsRelease, AfterTheSeptember2026Notices))
            .Run(new RecordContractEnded(Contexts.By(People.Commissioner, new DateTimeOffset(2026, 9, 21, 9, 0, 0, Bst)), endedOn, ContractEnding.Expired));
        Assert.Equal(new DateOnly(2026, 10, 19), ended.Registered.Obligations["termination-notice"].DueOn);

        var drafted = Assert.IsType<NoticeDrafted>(Assert.Single(Given(ended)
            .When(new DraftNotice(Contexts.By(People.Commissioner, new DateTimeOffset(2026, 9, 21, 9, 0, 0, Bst)), NoticeType.UK11, SampleContent.Valid(NoticeType.UK11)))
            .ThenAccepted()));
        Assert.Equal("uk11-1", drafted.NoticeKey);
    }

    [Fact]
    public void GivenAnAdoptedContractDetailsNotice_WhenAChangeNoticeIsDrafted_ThenItIsTheFirstChangeNotice()
    {
        var drafted = Assert.IsType<NoticeDrafted>(Assert.Single(Given(new Scenario().Run(AdoptionOf(ContractDetailsRelease, AfterTheSeptember2026Notices)))
            .When(new DraftNotice(Contexts.By(People.Commissioner, AfterTheSeptember2026Notices), NoticeType.UK10, SampleContent.Valid(NoticeType.UK10)))
            .ThenAccepted()));
        Assert.Equal("uk10-1", drafted.NoticeKey);
    }

    [Fact]
    public void GivenNothing_WhenAContractOverFiveMillionIsAdopted_ThenItsCopyAndFirstKpiAssessmentAreDue()
    {
        var adoption = AdoptionOf(ContractDetailsRelease, AfterTheSeptember2026Notices);
        var command = adoption with { Regime = SpecialRegime.None, Contract = adoption.Contract! with { Value = 7_800_000m } };

        var spec = GivenNothing().When(command);

        Assert.Equal(
            [
                new ObligationSet(command.Context, "contract-copy", ObligationKind.ContractCopy, new DateOnly(2026, 12, 1)),
                new ObligationSet(command.Context, "kpi-1", ObligationKind.KpiAssessment, new DateOnly(2027, 9, 3)),
            ],
            spec.ThenAccepted().OfType<ObligationSet>());
        Assert.Equal(ContractCopyStage.AwaitingUpload, Assert.IsType<Registered>(spec.StateAfter()).ContractCopies["contract-copy"].Stage);
    }

    [Fact]
    public void GivenARegisteredProcurement_WhenAProcurementIsAdoptedUnderItsReference_ThenRefusedNamingTheOcid() =>
        Given(Scenario.Registered_()).When(AdoptionOf(TenderRelease, AfterTheSeptember2026Notices)).ThenRefused(
            "This reference already holds the procurement 'Household waste collection', so ocds-h6vhtk-06f17d cannot be adopted under it; adopt it under a new reference.",
            "ocid");

    [Fact]
    public void GivenAnAdoptedProcurement_WhenItIsAdoptedAgain_ThenRefusedNamingTheOcid() =>
        Given(new Scenario().Run(AdoptionOf(TenderRelease, AfterTheSeptember2026Notices))).When(AdoptionOf(TenderRelease, AfterTheSeptember2026Notices)).ThenRefused(
            "This reference already holds the procurement 'Science and Industry Museum Wonderlab Group 2 Interactives Makers' (ocds-h6vhtk-06f17d), so ocds-h6vhtk-06f17d cannot be adopted under it; adopt it under a new reference.",
            "ocid");

    [Fact]
    public void GivenNothing_WhenAnApproverAdopts_ThenRefused() =>
        GivenNothing().When(AdoptionOf(TenderRelease, AfterTheSeptember2026Notices, People.Approver))
            .ThenRefused("Only a commissioner can adopt a procurement.");

    [Fact]
    public void GivenNothing_WhenTheOcidIsTheLocalRegisters_ThenRefusedNamingTheOcid() =>
        GivenNothing().When(AdoptionOf(TenderRelease, AfterTheSeptember2026Notices) with { Ocid = "ocds-local-00002a" }).ThenRefused(
            "ocds-local-00002a was given by this product's own register, not by Find a Tender; only a procurement published on Find a Tender can be adopted.",
            "ocid");

    [Fact]
    public void GivenNothing_WhenTheContractDetailsNoticeStatesNoContract_ThenRefusedNamingTheContract() =>
        GivenNothing().When(AdoptionOf(ContractDetailsRelease, AfterTheSeptember2026Notices) with { Contract = null }).ThenRefused(
            "The contract details notice (UK7) must say when the contract was entered into (its date signed), its value and when it starts and ends.",
            "contract");

    [Fact]
    public void GivenNothing_WhenANoticeIdIsNotFindATenders_ThenRefusedNamingTheNotice()
    {
        var adoption = AdoptionOf(TenderRelease, AfterTheSeptember2026Notices);
        GivenNothing().When(adoption with { Notices = [adoption.Notices[0] with { NoticeId = "83563-2026" }] }).ThenRefused(
            "'83563-2026' is not a Find a Tender notice id; it is six digits, a hyphen and the year, such as 029664-2025.", "notices[0].noticeId");
    }

    [Fact]
    public void GivenNothing_WhenTheNoticesTogetherAreTooLongForOneRecord_ThenRefusedNamingTheNotices()
    {
        var adoption = AdoptionOf(TenderRelease, AfterTheSeptember2026Notices);
        var notice = adoption.Notices[0] with { Content = new string('x', 190_000) };
        GivenNothing().When(adoption with { Notices = [.. Enumerable.Range(1, 6).Select(i => notice with { NoticeId = $"00000{i}-2026" })] }).ThenRefused(
            "The published notices together are too long to keep in one adoption (at most 1,000,000 characters); adopt the procurement from its latest notices.",
            "notices");
    }

    [Fact]
    public void GivenNothing_WhenANoticeIsDatedAfterTheAdoption_ThenRefusedNamingItsDate() =>
        GivenNothing().When(AdoptionOf(TenderRelease, new DateTimeOffset(2026, 9, 1, 9, 0, 0, Bst))).ThenRefused(
            "Notice 083563-2026 is dated after today, so it cannot have been published yet.", "notices[0].publishedAt");
}
