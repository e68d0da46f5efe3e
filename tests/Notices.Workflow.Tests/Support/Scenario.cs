using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.Commands;
using Notices.Workflow.Decisions;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Lot = Notices.Workflow.Procurements.Lot;
using Notices.Workflow.Publishing;
using Notices.Workflow.State;

namespace Notices.Workflow.Tests.Support;

/// <summary>
/// Builds the history of a procurement by running commands through the decider, so the Given of a test is
/// a history the decider itself would have produced.
/// </summary>
public sealed class Scenario
{
    private readonly List<ProcurementEvent> events = [];
    private int published;

    public IReadOnlyList<ProcurementEvent> Events => events;

    public ProcurementState State => ProcurementEvolution.Fold(events);

    public Registered Registered => (Registered)State;

    public static RegisterProcurement Registration(
        Procedure procedure = Procedure.Open, SpecialRegime regime = SpecialRegime.None, DecisionContext? context = null) =>
        new(context ?? Contexts.By(People.Commissioner), "GB-PPON-PABC-1234-WXYZ", "Westshire County Council",
            "Household waste collection", 7_800_000m, procedure, ContractNature.Services, regime,
            [new Lot(1, "Household waste collection", 4_800_000m), new Lot(2, "Recycling", 3_000_000m)]);

    public static Scenario Registered_(Procedure procedure = Procedure.Open, SpecialRegime regime = SpecialRegime.None) =>
        new Scenario().Run(Registration(procedure, regime));

    /// <summary>Registered, with the tender notice (or, for a direct award, the transparency notice) published.</summary>
    public static Scenario Tendering(Procedure procedure = Procedure.Open, SpecialRegime regime = SpecialRegime.None) =>
        Registered_(procedure, regime).PublishNotice(procedure == Procedure.DirectAward ? NoticeType.UK5 : NoticeType.UK4, Moments.Start);

    public static Scenario Awarded(SpecialRegime regime = SpecialRegime.None) =>
        Tendering(regime: regime).Run(new RecordAwardDecision(
            Contexts.By(People.Commissioner, Moments.Start), [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")],
            7_800_000m, Moments.Day(Moments.Start)));

    /// <summary>The contract award notice published on Tuesday 3 June 2025: standstill until the end of 12 June.</summary>
    public static Scenario InStandstill() => Awarded().PublishNotice(NoticeType.UK6, Moments.AwardNoticePublished);

    public static Scenario ReadyToContract() =>
        InStandstill().Run(new EndStandstill(Contexts.By(People.Workflow, Moments.StandstillEnds)));

    public static Scenario Contracted(decimal value = 7_800_000m) =>
        ReadyToContract().Run(new RecordContractEntered(
            Contexts.By(People.Commissioner, Moments.ContractDay), Moments.Day(Moments.ContractDay), value,
            new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)));

    public static Scenario ContractEnded() =>
        Contracted().Run(new RecordContractEnded(
            Contexts.By(People.Commissioner, Moments.ContractDay.AddDays(30)), Moments.Day(Moments.ContractDay.AddDays(30)),
            ContractEnding.TerminatedByAuthority));

    public Scenario Run(ProcurementCommand command)
    {
        var decision = ProcurementDecider.Decide(command, State);
        if (decision.IsRefused)
        {
            throw new InvalidOperationException(
                $"The scenario's {command.GetType().Name} was refused: {string.Join(" ", decision.Problems.Select(p => p.Message))}");
        }

        events.AddRange(decision.Events);
        return this;
    }

    public Scenario Draft(NoticeType type, DateTimeOffset at) =>
        Run(new DraftNotice(Contexts.By(People.Commissioner, at), type, SampleContent.Valid(type)));

    public Scenario Submit(string key, DateTimeOffset at) => Run(new SubmitNotice(Contexts.By(People.Commissioner, at), key));

    public Scenario Approve(string key, DateTimeOffset at) =>
        Run(new ApproveNotice(Contexts.By(People.Approver, at), key, NoConflictOfInterest: true));

    /// <summary>Drafts, submits and approves a notice of <paramref name="type"/>, leaving it approved.</summary>
    public Scenario Approved(NoticeType type, DateTimeOffset at)
    {
        Draft(type, at);
        var key = LastKey(type);
        return Submit(key, at).Approve(key, at);
    }

    /// <summary>Takes a notice of <paramref name="type"/> through approval and publishes it at <paramref name="at"/>.</summary>
    public Scenario PublishNotice(NoticeType type, DateTimeOffset at)
    {
        Approved(type, at);
        published++;
        var publication = new PublicationReceipt($"{published:D6}-{at.Year}", "ocds-h6vhtk-0a1b2c", at, $"p1/{LastKey(type)}.json");
        return Run(new RecordNoticePublished(Contexts.By(People.Workflow, at), LastKey(type), publication));
    }

    public string LastKey(NoticeType type) => Registered.NoticesOfType(type).Last().Key;
}
