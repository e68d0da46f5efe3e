using Notices.Domain.Procurement;

namespace Notices.Domain.Modifications;

/// <summary>
/// What a contracting authority intends to change in a public contract, as far as section 75
/// (contract change notices) needs to know. Values are estimated values including VAT; the term is
/// measured in days against the maximum term the contract provided for on award.
/// </summary>
public sealed record ProposedModification
{
    public required ContractNature Nature { get; init; }

    /// <summary>The contract's special regime, if any (defence and security and light touch contracts are outside s.75).</summary>
    public SpecialRegime Regime { get; init; } = SpecialRegime.None;

    public required decimal EstimatedValueBefore { get; init; }

    public required decimal EstimatedValueAfter { get; init; }

    /// <summary>The maximum term the contract provided for on award, in days.</summary>
    public required int MaximumTermOnAwardDays { get; init; }

    /// <summary>How many days the modification adds to (positive) or removes from (negative) the term.</summary>
    public int TermChangeDays { get; init; }

    /// <summary>A novation or assignment on a corporate restructuring (Schedule 8, paragraph 9).</summary>
    public bool IsCorporateRestructuringNovation { get; init; }

    /// <summary>
    /// The authority considers that this modification could reasonably have been made together with
    /// an earlier one, and that the two together would have needed a notice (s.75(4)).
    /// </summary>
    public bool CouldReasonablyHaveBeenMadeWithEarlierModificationNeedingNotice { get; init; }

    /// <summary>The contract was awarded by a private utility (s.75(6)(c)).</summary>
    public bool AwardedByPrivateUtility { get; init; }

    /// <summary>
    /// The contract was awarded by a transferred Northern Ireland authority, or under a transferred
    /// Northern Ireland procurement arrangement (s.75(6)(d) and (e)).
    /// </summary>
    public bool TransferredNorthernIreland { get; init; }
}
