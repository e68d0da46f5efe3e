using System.Text;
using PdfSharp.Pdf;

namespace Notices.Redaction.Pdf;

/// <summary>
/// Turns the bytes of a text-showing operator into characters and widths, for the fonts whose
/// text can be decoded reliably: simple fonts (Type 1, TrueType) with a standard encoding
/// (WinAnsi, or the font's standard encoding for the fourteen standard fonts) and known glyph
/// widths. Anything else (composite fonts, Type 3 fonts, custom /Differences, symbolic fonts) is
/// refused, because text that cannot be decoded cannot be found, and so cannot be removed.
/// </summary>
internal sealed class PdfFontDecoder
{
    // WinAnsi character for each code ('\0' where the code has none), built once.
    private static readonly char[] WinAnsi = CreateWinAnsi();

    private readonly string _baseFont;
    private readonly bool _standardEncoding;
    private readonly int _firstChar;
    private readonly double[]? _widths;

    private PdfFontDecoder(string baseFont, bool standardEncoding, int firstChar, double[]? widths)
    {
        _baseFont = baseFont;
        _standardEncoding = standardEncoding;
        _firstChar = firstChar;
        _widths = widths;
    }

    public string Name => _baseFont;

    /// <summary>The decoder for a font dictionary, or the reason its text cannot be decoded.</summary>
    public static (PdfFontDecoder? Decoder, string? Problem) For(PdfDictionary font)
    {
        var subtype = font.Elements.GetName("/Subtype");
        var baseFont = font.Elements.GetName("/BaseFont").TrimStart('/');
        if (baseFont.Contains('+', StringComparison.Ordinal)) baseFont = baseFont[(baseFont.IndexOf('+', StringComparison.Ordinal) + 1)..];
        if (subtype is not ("/Type1" or "/TrueType" or "/MMType1"))
            return (null, $"the font {baseFont} is a {subtype.TrimStart('/')} font, whose text this service cannot decode reliably");
        bool standardEncoding;
        var encoding = PdfItems.Get(font, "/Encoding");
        if (encoding is PdfName name && name.Value == "/WinAnsiEncoding") standardEncoding = false;
        else if (encoding is null && IsStandardTextFont(baseFont)) standardEncoding = true;
        else if (encoding is PdfDictionary dictionary && !dictionary.Elements.ContainsKey("/Differences") && dictionary.Elements.GetName("/BaseEncoding") == "/WinAnsiEncoding") standardEncoding = false;
        else return (null, $"the font {baseFont} uses its own character encoding, so its text cannot be decoded reliably");

        double[]? widths = null;
        var firstChar = font.Elements.GetInteger("/FirstChar");
        if (PdfItems.Get(font, "/Widths") is PdfArray array)
        {
            widths = new double[array.Elements.Count];
            for (var i = 0; i < widths.Length; i++) widths[i] = array.Elements.GetReal(i);
        }
        else if (StandardFontWidths.For(baseFont, 'a') is null)
        {
            return (null, $"the font {baseFont} has no glyph widths, so the place of its text cannot be measured");
        }
        return (new PdfFontDecoder(baseFont, standardEncoding, firstChar, widths), null);
    }

    private static bool IsStandardTextFont(string baseFont) =>
        baseFont.StartsWith("Helvetica", StringComparison.Ordinal) || baseFont.StartsWith("Times", StringComparison.Ordinal)
        || baseFont.StartsWith("Courier", StringComparison.Ordinal);

    /// <summary>The character for a code, or null when the code has none in the encoding.</summary>
    public char? Character(byte code)
    {
        if (code < 32) return null;
        if (_standardEncoding)
        {
            // The standard encoding differs from ASCII only in its quotes, and beyond 126 it is
            // not worth trusting: such codes make the font undecodable here.
            return code switch
            {
                0x27 => '\u2019',
                0x60 => '\u2018',
                < 127 => (char)code,
                _ => null,
            };
        }
        return WinAnsi[code] == '\0' ? null : WinAnsi[code];
    }

    /// <summary>The glyph width of a code in thousandths of the font size.</summary>
    public double Width(byte code)
    {
        if (_widths is not null)
        {
            var index = code - _firstChar;
            return index >= 0 && index < _widths.Length ? _widths[index] : 0;
        }
        return StandardFontWidths.For(_baseFont, code) ?? 0;
    }

    private static char[] CreateWinAnsi()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        var table = new char[256];
        for (var code = 32; code < 256; code++)
        {
            var decoded = encoding.GetString([(byte)code]);
            table[code] = decoded.Length == 1 && decoded[0] != '\uFFFD' ? decoded[0] : '\0';
        }
        return table;
    }
}
