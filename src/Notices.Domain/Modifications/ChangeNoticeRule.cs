using System.Globalization;
using Notices.Domain.Procurement;

namespace Notices.Domain.Modifications;

/// <summary>Whether a contract change notice must be published, and the steps of the Act that lead there.</summary>
public sealed record ChangeNoticeDecision(bool NoticeRequired, IReadOnlyList<string> Reasons)
{
    public string Explanation => string.Join(" ", Reasons);
}

/// <summary>
/// Section 75 of the Procurement Act 2023: before modifying a public contract, publish a contract
/// change notice, unless the change in value is within 10% (goods or services) or 15% (works) and
/// the change in term is within 10% of the maximum term on award. A novation or assignment on a
/// corporate restructuring always needs one. Defence and security contracts, light touch
/// contracts, private utilities' contracts and transferred Northern Ireland contracts are outside
/// the section.
/// </summary>
public static class ChangeNoticeRule
{
    public const decimal GoodsOrServicesValueBand = 0.10m;
    public const decimal WorksValueBand = 0.15m;
    public const decimal TermBand = 0.10m;

    public static ChangeNoticeDecision Decide(ProposedModification modification)
    {
        ArgumentNullException.ThrowIfNull(modification);
        Validate(modification);

        var outside = OutsideSection(modification);
        if (outside is not null)
            return new ChangeNoticeDecision(false, [$"Section 75 does not apply to {outside} (s.75(6)), so no contract change notice is needed."]);

        if (modification.IsCorporateRestructuringNovation)
            return new ChangeNoticeDecision(true,
                ["A novation or assignment on a corporate restructuring (Schedule 8, paragraph 9) always needs a contract change notice, whatever its size (s.75(2))."]);

        var reasons = new List<string>();
        var band = modification.Nature == ContractNature.Works ? WorksValueBand : GoodsOrServicesValueBand;
        var valueChange = Math.Abs(modification.EstimatedValueAfter - modification.EstimatedValueBefore) / modification.EstimatedValueBefore;
        var valueWithin = valueChange <= band;
        reasons.Add($"The estimated value changes by {Percent(valueChange)}, {(valueWithin ? "within" : "more than")} the {Percent(band)} allowed for a {Kind(modification.Nature)} contract (s.75(2)(a)).");

        var termChange = Math.Abs((decimal)modification.TermChangeDays) / modification.MaximumTermOnAwardDays;
        var termWithin = termChange <= TermBand;
        reasons.Add($"The term changes by {Percent(termChange)} of the maximum term on award, {(termWithin ? "within" : "more than")} the {Percent(TermBand)} allowed (s.75(2)(b)).");

        if (valueWithin && termWithin && modification.CouldReasonablyHaveBeenMadeWithEarlierModificationNeedingNotice)
        {
            reasons.Add("It could reasonably have been made together with an earlier modification, and the two together would need a notice, so a notice is needed (s.75(4) and (5)).");
            return new ChangeNoticeDecision(true, reasons);
        }

        reasons.Add(valueWithin && termWithin
            ? "No contract change notice is needed."
            : "A contract change notice must be published before the modification is made (s.75(1)).");
        return new ChangeNoticeDecision(!(valueWithin && termWithin), reasons);
    }

    private static string? OutsideSection(ProposedModification m) => m switch
    {
        { Regime: SpecialRegime.DefenceAndSecurity } => "a defence and security contract",
        { Regime: SpecialRegime.LightTouch } => "a light touch contract",
        { AwardedByPrivateUtility: true } => "a contract awarded by a private utility",
        { TransferredNorthernIreland: true } => "a contract awarded by or under a transferred Northern Ireland authority or arrangement",
        _ => null,
    };

    private static void Validate(ProposedModification m)
    {
        if (m.EstimatedValueBefore <= 0)
            throw new ArgumentException("EstimatedValueBefore: give the contract's estimated value before the modification, more than zero.", nameof(m));
        if (m.EstimatedValueAfter < 0)
            throw new ArgumentException("EstimatedValueAfter: the estimated value after the modification cannot be negative.", nameof(m));
        if (m.MaximumTermOnAwardDays <= 0)
            throw new ArgumentException("MaximumTermOnAwardDays: give the maximum term provided for on award, in days, more than zero.", nameof(m));
    }

    private static string Kind(ContractNature nature) => nature switch
    {
        ContractNature.Works => "works",
        ContractNature.Goods => "goods",
        _ => "services",
    };

    private static string Percent(decimal fraction) =>
        (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
