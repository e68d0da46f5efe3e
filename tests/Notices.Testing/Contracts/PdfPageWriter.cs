using System.Globalization;
using System.Text;
using Notices.Redaction.Pdf;
using PdfSharp.Pdf;

namespace Notices.Testing.Contracts;

/// <summary>
/// Writes a page's content stream by hand, the way word processors do when they export a PDF:
/// text in the standard Helvetica font (WinAnsi encoding, widths listed in the font dictionary),
/// one Tj per line, positioned with Td. Text written this way is extractable and measurable.
/// </summary>
public sealed class PdfPageWriter
{
    public const double Left = 56;
    public const double Width = 483;

    private static readonly Encoding WinAnsi = CreateWinAnsi();
    private readonly StringBuilder _content = new();

    public string Content => _content.ToString();

    /// <summary>Adds the Helvetica font object to the document and returns it (for page resources as /F1).</summary>
    public static PdfDictionary AddHelvetica(PdfDocument document)
    {
        var font = new PdfDictionary(document);
        font.Elements["/Type"] = new PdfName("/Font");
        font.Elements["/Subtype"] = new PdfName("/Type1");
        font.Elements["/BaseFont"] = new PdfName("/Helvetica");
        font.Elements["/Encoding"] = new PdfName("/WinAnsiEncoding");
        font.Elements["/FirstChar"] = new PdfInteger(32);
        font.Elements["/LastChar"] = new PdfInteger(255);
        var widths = new PdfArray(document);
        for (var code = 32; code <= 255; code++) widths.Elements.Add(new PdfInteger(WidthOf(code)));
        font.Elements["/Widths"] = widths;
        document.Internals.AddObject(font);
        return font;
    }

    /// <summary>Gives a page its font resources and its content.</summary>
    public static void Finish(PdfPage page, PdfDictionary font, string content)
    {
        var fonts = new PdfDictionary(page.Owner);
        fonts.Elements["/F1"] = font.Reference;
        page.Resources.Elements["/Font"] = fonts;
        page.Contents.AppendContent().CreateStream(Bytes(content));
    }

    public static byte[] Bytes(string content) => WinAnsi.GetBytes(content);

    public static double Measure(string text, double size) => WinAnsi.GetBytes(text).Sum(b => WidthOf(b)) * size / 1000;

    private static int WidthOf(int code) =>
        code >= StandardFontWidths.FirstChar && code < StandardFontWidths.FirstChar + StandardFontWidths.Helvetica.Count
            ? StandardFontWidths.Helvetica[code - StandardFontWidths.FirstChar]
            : 556;

    /// <summary>One line of text at a place.</summary>
    public void Line(double x, double y, double size, string text) =>
        _content.Append(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x:0.##} {y:0.##} Td {Literal(text)} Tj ET\n");

    /// <summary>Raw operators, for the tests' special cases (several Tj on a line, TJ with kerning).</summary>
    public void Raw(string operators) => _content.Append(operators).Append('\n');

    /// <summary>Wraps text to the column width; returns the y below the last line.</summary>
    public double Paragraph(double y, double size, string text)
    {
        var line = new StringBuilder();
        var lineWidth = 0.0;
        var space = Measure(" ", size);
        foreach (var word in text.Split(' '))
        {
            var wordWidth = Measure(word, size);
            if (line.Length > 0 && lineWidth + space + wordWidth > Width)
            {
                Line(Left, y, size, line.ToString());
                y -= size * 1.3;
                line.Clear();
                lineWidth = 0;
            }
            if (line.Length > 0)
            {
                line.Append(' ');
                lineWidth += space;
            }
            line.Append(word);
            lineWidth += wordWidth;
        }
        if (line.Length > 0)
        {
            Line(Left, y, size, line.ToString());
            y -= size * 1.3;
        }
        return y - size * 0.5;
    }

    public static string Literal(string text) =>
        "(" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";

    private static Encoding CreateWinAnsi()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
