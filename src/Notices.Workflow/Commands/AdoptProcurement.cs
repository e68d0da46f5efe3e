using Procedure = Notices.Domain.Notices.Procedure;
using Notices.Domain.Procurement;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Commands;

/// <summary>
/// A commissioner adopts a procurement already under way on Find a Tender, so that its lifecycle continues here
/// from where its published notices leave it. Built from the published releases by <see cref="Adoption.AdoptionCommand"/>.
/// </summary>
/// <param name="Ocid">Find a Tender's ocid for the procurement; kept, so later notices are published under it.</param>
/// <param name="Procedure">The procedure the notices state; null when none of them says.</param>
/// <param name="Nature">Whether the contract is for goods, services or works; null when none of the notices says.</param>
/// <param name="Notices">The published notices, each once.</param>
/// <param name="Award">The award the notices announce, if one was published.</param>
/// <param name="Contract">The contract the notices state, if a contract details notice was published.</param>
public sealed record AdoptProcurement(
    DecisionContext Context,
    string Ocid,
    string BuyerId,
    string BuyerName,
    string Title,
    decimal EstimatedValue,
    Procedure? Procedure,
    ContractNature? Nature,
    SpecialRegime Regime,
    IReadOnlyList<Lot> Lots,
    IReadOnlyList<AdoptedPublication> Notices,
    AdoptedAward? Award,
    AdoptedContract? Contract) : ProcurementCommand(Context);
