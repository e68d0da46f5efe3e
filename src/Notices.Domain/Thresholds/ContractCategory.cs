using Notices.Domain.Procurement;

namespace Notices.Domain.Thresholds;

/// <summary>
/// The facts Schedule 1 asks about a contract to find its threshold: who it is for, what it is,
/// and which special kinds of contract it is. A contract can be several at once (a light touch
/// concession, a utilities works contract).
/// </summary>
public sealed record ContractCategory(
    AuthorityType Authority,
    ContractNature Nature,
    bool Utilities = false,
    bool DefenceAndSecurity = false,
    bool Concession = false,
    bool LightTouch = false)
{
    /// <summary>The category from the shared vocabulary: a utility's contracts are utilities contracts.</summary>
    public static ContractCategory Of(AuthorityType authority, ContractNature nature, params SpecialRegime[] regimes)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        return new ContractCategory(
            authority,
            nature,
            Utilities: authority == AuthorityType.Utility || regimes.Contains(SpecialRegime.Utilities),
            DefenceAndSecurity: regimes.Contains(SpecialRegime.DefenceAndSecurity),
            Concession: regimes.Contains(SpecialRegime.Concession),
            LightTouch: regimes.Contains(SpecialRegime.LightTouch));
    }

    public bool Works => Nature == ContractNature.Works;
}
