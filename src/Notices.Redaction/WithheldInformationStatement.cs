using System.Text;
using Notices.Domain.Contracts;

namespace Notices.Redaction;

/// <summary>A ground and how many passages were withheld on it, for the published statement.</summary>
public sealed record WithheldGroundSummary(WithholdingGround Ground, string LegalBasis, int Passages);

/// <summary>
/// The statement published with a redacted contract copy (s.94(3)): that information was withheld
/// and on which grounds. It never contains the withheld text. Section 94(4) lets the authority not
/// say that it withheld on national-security grounds when saying so would itself harm national
/// security: <c>From(report, discloseNationalSecurity: false)</c> leaves that ground out.
/// </summary>
public sealed record WithheldInformationStatement(IReadOnlyList<WithheldGroundSummary> Grounds)
{
    public static WithheldInformationStatement From(RedactionReport report, bool discloseNationalSecurity = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var grounds = report.CountByGround()
            .Where(g => discloseNationalSecurity || g.Key != WithholdingGround.NationalSecurity)
            .Select(g => new WithheldGroundSummary(g.Key, WithholdingGroundText.LegalBasis(g.Key), g.Value))
            .ToList();
        return new WithheldInformationStatement(grounds);
    }

    public bool AnythingWithheld => Grounds.Count > 0;

    /// <summary>The statement as plain text for the published notice's document description.</summary>
    public string ToText()
    {
        if (!AnythingWithheld) return "No information has been withheld from this copy of the contract.";
        var text = new StringBuilder("Information has been withheld from this copy of the contract:");
        foreach (var g in Grounds)
        {
            var passages = g.Passages == 1 ? "1 passage" : $"{g.Passages} passages";
            text.Append("\n- ").Append(passages).Append(" under ").Append(g.LegalBasis).Append('.');
        }
        return text.ToString();
    }
}
