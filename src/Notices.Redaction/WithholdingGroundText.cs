using Notices.Domain.Contracts;

namespace Notices.Redaction;

/// <summary>How each withholding ground reads in a marker, a report and the published statement.</summary>
public static class WithholdingGroundText
{
    /// <summary>The short label used inside a redaction marker, e.g. "personal data".</summary>
    public static string Label(WithholdingGround ground) => ground switch
    {
        WithholdingGround.PersonalData => "personal data",
        WithholdingGround.CommerciallySensitive => "commercially sensitive",
        WithholdingGround.NationalSecurity => "national security",
        WithholdingGround.ProtectedConnectedPerson => "protected connected person",
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Unknown withholding ground."),
    };

    /// <summary>The legal basis a published statement cites for the ground.</summary>
    public static string LegalBasis(WithholdingGround ground) => ground switch
    {
        WithholdingGround.PersonalData => "UK data-protection law (UK GDPR and the Data Protection Act 2018), which the Procurement Act 2023 does not displace",
        WithholdingGround.CommerciallySensitive => "section 94(1)(b) of the Procurement Act 2023 (sensitive commercial information)",
        WithholdingGround.NationalSecurity => "section 94(1)(a) of the Procurement Act 2023 (national security)",
        WithholdingGround.ProtectedConnectedPerson => "regulation 27(4) to (6) of the Procurement Regulations 2024 (protected connected-person information)",
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Unknown withholding ground."),
    };

    /// <summary>The visible text that replaces a removed passage.</summary>
    public static string Marker(WithholdingGround ground) => $"[REDACTED: {Label(ground)}]";
}
