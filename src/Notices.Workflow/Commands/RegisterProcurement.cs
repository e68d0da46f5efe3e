using Procedure = Notices.Domain.Notices.Procedure;
using Notices.Domain.Procurement;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Commands;

/// <summary>A commissioner registers a procurement their authority is about to run.</summary>
/// <param name="BuyerId">The contracting authority's identifier (for example GB-PPON-ABCD-1234-EFGH).</param>
/// <param name="EstimatedValue">The estimated value in pounds, including VAT.</param>
public sealed record RegisterProcurement(
    DecisionContext Context,
    string BuyerId,
    string BuyerName,
    string Title,
    decimal EstimatedValue,
    Procedure Procedure,
    ContractNature Nature,
    SpecialRegime Regime,
    IReadOnlyList<Lot> Lots) : ProcurementCommand(Context);
