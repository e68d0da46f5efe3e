namespace Notices.Domain.Contracts;

/// <summary>
/// Why a passage of a published contract copy (or notice) was withheld. Section 94 of the
/// Procurement Act 2023 is the only general power to withhold; personal data is withheld because the
/// Act does not displace data-protection law; connected-person details under regulation 27(4)-(6).
/// Each redacted passage carries exactly one ground.
/// </summary>
public enum WithholdingGround
{
    /// <summary>Personal data that UK data-protection law does not allow to be published.</summary>
    PersonalData = 1,

    /// <summary>Section 94(1)(b): a trade secret or information likely to prejudice commercial interests, with an overriding public interest in withholding it.</summary>
    CommerciallySensitive = 2,

    /// <summary>Section 94(1)(a): withholding is necessary to safeguard national security.</summary>
    NationalSecurity = 3,

    /// <summary>Regulation 27(4)-(6): a connected person's details suppressed from the register or at risk of violence or intimidation.</summary>
    ProtectedConnectedPerson = 4,
}
