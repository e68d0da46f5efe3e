using Notices.Workflow.Procurements;

namespace Notices.Workflow.Commands;

/// <summary>A commissioner records who the contract is to be awarded to (the award decision).</summary>
/// <param name="Value">The value of the contract to be awarded, in pounds including VAT.</param>
public sealed record RecordAwardDecision(
    DecisionContext Context, IReadOnlyList<AwardedSupplier> Suppliers, decimal Value, DateOnly DecidedOn)
    : ProcurementCommand(Context);

/// <summary>A commissioner records that the contract has been entered into (signed).</summary>
public sealed record RecordContractEntered(
    DecisionContext Context, DateOnly EnteredOn, decimal Value, DateOnly StartsOn, DateOnly EndsOn)
    : ProcurementCommand(Context);

/// <summary>A commissioner records a change (modification) to the contract.</summary>
/// <param name="NewValue">The contract's value once changed, in pounds including VAT.</param>
/// <param name="CorporateRestructuring">
/// The change is a novation or assignment on a corporate restructuring (Schedule 8, paragraph 9), which needs a
/// contract change notice whatever its size (s.75(2)).
/// </param>
public sealed record RecordContractChange(
    DecisionContext Context, string Description, decimal NewValue, DateOnly EffectiveOn, bool CorporateRestructuring = false)
    : ProcurementCommand(Context);

/// <summary>A commissioner records that the contract has ended, and how.</summary>
public sealed record RecordContractEnded(DecisionContext Context, DateOnly EndedOn, ContractEnding Ending)
    : ProcurementCommand(Context);

/// <summary>How a contract came to an end; each needs a contract termination notice (UK11).</summary>
public enum ContractEnding
{
    /// <summary>It ran its full term.</summary>
    Expired,

    /// <summary>The authority terminated it early.</summary>
    TerminatedByAuthority,

    /// <summary>The supplier terminated it, or both parties agreed to end it.</summary>
    TerminatedOtherwise,
}
