using System.Text.RegularExpressions;

namespace Notices.Domain.Notices;

/// <summary>Find a Tender's patterns for identifiers and codes, compiled at build time.</summary>
internal static partial class Patterns
{
    /// <summary>Find a Tender's party id pattern: register characters around at least one letter or digit.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9()\-_=+\[\];:,./]*[A-Za-z0-9]+[A-Za-z0-9()\-_=+\[\];:,./]*$")]
    public static partial Regex PartyId();

    /// <summary>PPON: four letters, four digits, four letters, such as PNBD-3289-CDGX.</summary>
    [GeneratedRegex("^[A-Z]{4}-[0-9]{4}-[A-Z]{4}$")]
    public static partial Regex Ppon();

    /// <summary>Companies House number: eight digits, or two letters and six digits (SC123456).</summary>
    [GeneratedRegex("^(?:[0-9]{8}|[A-Z]{2}[0-9]{6})$")]
    public static partial Regex CompanyNumber();

    /// <summary>Charity Commission (England and Wales) number: six or seven digits.</summary>
    [GeneratedRegex("^[0-9]{6,7}$")]
    public static partial Regex CharityNumber();

    [GeneratedRegex("^[0-9]{1,10}$")]
    public static partial Regex FindATenderNumber();

    /// <summary>CPV code: eight digits with an optional check digit.</summary>
    [GeneratedRegex("^[0-9]{8}(?:-[0-9])?$")]
    public static partial Regex Cpv();

    /// <summary>UK ITL or NUTS region: UK for the whole country, or UK/TL and a level 1 to 3 code (UKF24).</summary>
    [GeneratedRegex("^(?:UK|TL)(?:[C-N](?:[0-9A-Z](?:[0-9A-Z]{1,2})?)?)?$")]
    public static partial Regex Region();

    [GeneratedRegex("^[A-Z]{2}$")]
    public static partial Regex Country();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    public static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{6,25}$")]
    public static partial Regex Telephone();
}
