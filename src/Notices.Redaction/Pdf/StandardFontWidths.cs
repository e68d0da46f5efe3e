namespace Notices.Redaction.Pdf;

/// <summary>
/// Glyph widths (in thousandths of the font size) of the standard Helvetica and Courier fonts
/// for the printable ASCII characters, from Adobe's published font metrics. A PDF may use a
/// standard font without listing its widths; these let such text be measured.
/// </summary>
public static class StandardFontWidths
{
    /// <summary>Helvetica widths for character codes 32 to 126.</summary>
    public static IReadOnlyList<int> Helvetica { get; } =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0-9
        278, 278, 584, 584, 584, 556, 1015, // : to @
        667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // A-Z
        278, 278, 278, 469, 556, 333, // [ to `
        556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // a-z
        334, 260, 334, 584, // { to ~
    ];

    public const int FirstChar = 32;

    public const int CourierWidth = 600;

    /// <summary>The width of a code in a standard font, or null when it is not known.</summary>
    public static int? For(string baseFont, int code)
    {
        if (baseFont.StartsWith("Courier", StringComparison.Ordinal)) return CourierWidth;
        if (baseFont == "Helvetica" && code >= FirstChar && code < FirstChar + Helvetica.Count) return Helvetica[code - FirstChar];
        return null;
    }
}
