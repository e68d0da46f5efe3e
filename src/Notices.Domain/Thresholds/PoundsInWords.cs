using System.Globalization;

namespace Notices.Domain.Thresholds;

/// <summary>
/// A sum of money as the Act and a commissioner say it ("£5 million", "£30,000"), so that texts stating a threshold
/// are formatted from the threshold itself and cannot drift from it.
/// </summary>
public static class PoundsInWords
{
    private const decimal Million = 1_000_000m;

    public static string Of(decimal pounds) =>
        pounds >= Million && pounds % Million == 0
            ? string.Create(CultureInfo.InvariantCulture, $"£{pounds / Million:0} million")
            : pounds.ToString("£#,##0", CultureInfo.GetCultureInfo("en-GB"));
}
