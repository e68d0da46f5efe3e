using Procedure = Notices.Domain.Notices.Procedure;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;
using Lot = Notices.Workflow.Procurements.Lot;

namespace Notices.Workflow.Events;

/// <summary>
/// A procurement already under way on Find a Tender was adopted: the first event of its stream, in place of
/// <see cref="ProcurementRegistered"/>. It keeps Find a Tender's <paramref name="Ocid"/>, and the award and contract
/// as the published notices state them; each published notice follows as a <see cref="NoticeAdopted"/>.
/// </summary>
public sealed record ProcurementAdopted(
    DecisionContext Context,
    string Ocid,
    string BuyerId,
    string BuyerName,
    string Title,
    decimal EstimatedValue,
    Procedure Procedure,
    ContractNature Nature,
    SpecialRegime Regime,
    IReadOnlyList<Lot> Lots,
    AdoptedAward? Award,
    AdoptedContract? Contract) : ProcurementEvent(Context);

/// <summary>
/// A notice Find a Tender published for the adopted procurement, recorded as published under its Find a Tender
/// notice id. One event per notice, so that each stays within the size one stored event may have.
/// </summary>
public sealed record NoticeAdopted(DecisionContext Context, string NoticeKey, NoticeType Type, string Content, PublicationReceipt Publication)
    : ProcurementEvent(Context);
