namespace Notices.Domain.Notices;

/// <summary>
/// The organisation registers Find a Tender accepts in <c>parties[].identifier.scheme</c>
/// (org-id.guide codes), plus <c>GB-FTS</c> for organisations Find a Tender numbered itself.
/// </summary>
public static class IdentifierSchemes
{
    public const string Ppon = "GB-PPON";
    public const string CompaniesHouse = "GB-COH";
    public const string CharityCommission = "GB-CHC";
    public const string FindATender = "GB-FTS";

    /// <summary>Every accepted scheme, longest first so that prefix matching picks the most specific.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "GB-UKPRN", Ppon, CompaniesHouse, CharityCommission, FindATender,
        "GB-NIC", "GB-NHS", "GB-MPR", "GG-RCE", "JE-FSC", "GB-SC", "IM-CR",
    ];

    public static bool IsKnown(string scheme) => All.Contains(scheme, StringComparer.Ordinal);
}
