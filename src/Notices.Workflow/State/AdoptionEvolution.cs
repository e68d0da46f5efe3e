using System.Collections.Immutable;
using Notices.Domain.Notices;
using Notices.Workflow.Events;

namespace Notices.Workflow.State;

/// <summary>
/// How an adoption changes a procurement's state: registered under Find a Tender's ocid with the award and contract
/// as published, then each adopted notice moves the phase on as its publication here would have. Total and pure,
/// like the rest of the fold.
/// </summary>
internal static class AdoptionEvolution
{
    public static Registered Adopt(ImmutableHashSet<string> handled, ProcurementAdopted e) =>
        new(
            handled,
            new ProcurementDetails(
                e.BuyerId, e.BuyerName, e.Title, e.EstimatedValue, e.Procedure, e.Nature, e.Regime, e.Lots, e.Context.At, e.Context.Actor),
            Phase.Planning,
            ImmutableSortedDictionary<string, NoticeState>.Empty,
            e.Award is { } award ? new Award(award.Suppliers, award.Value, award.DecidedOn) : null,
            Standstill: null,
            e.Contract is { } contract
                ? new Contract(contract.EnteredOn, contract.Value, contract.StartsOn, contract.EndsOn, Changes: 0, contract.EndedOn)
                : null,
            ImmutableSortedDictionary<string, Obligation>.Empty,
            ImmutableSortedDictionary<string, FailedWork>.Empty,
            e.Ocid);

    public static Registered Apply(Registered s, NoticeAdopted e)
    {
        var withNotice = s with
        {
            Notices = s.Notices.SetItem(e.NoticeKey, new PublishedNoticeState(e.NoticeKey, e.Type, e.Content, 0, e.Publication)),
            Ocid = s.Ocid ?? e.Publication.Ocid,
        };
        return e.Type switch
        {
            NoticeType.UK4 or NoticeType.UK5 => AtLeast(withNotice, Phase.Tendering),

            // The standstill, where one runs, follows as its own event and puts the phase back to Standstill.
            NoticeType.UK6 => AtLeast(withNotice, Phase.ReadyToContract),
            NoticeType.UK7 or NoticeType.UK9 => AtLeast(withNotice, Phase.Contracted),
            NoticeType.UK10 => AtLeast(withNotice, Phase.Contracted) with
            {
                Contract = s.Contract is { } c ? c with { Changes = c.Changes + 1 } : null,
            },
            NoticeType.UK11 => AtLeast(withNotice, Phase.ContractEnded),
            NoticeType.UK12 => withNotice with { Phase = Phase.Terminated },
            _ => withNotice,
        };
    }

    /// <summary>Phases are declared in the order a procurement goes through them, so a notice only ever moves it on.</summary>
    private static Registered AtLeast(Registered s, Phase phase) => s.Phase < phase ? s with { Phase = phase } : s;
}
