using System.IO.Compression;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Notices.Redaction.Tests;

/// <summary>
/// Looks for strings in a PDF three ways, independently of the code under test: the strings of
/// each page's text operators joined (which joins text split over operators), every string object
/// in the document (information, annotations, form fields), and the raw file with every stream
/// inflated, read both as single bytes and as UTF-16.
/// </summary>
internal static class PdfInspector
{
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var texts = new List<string>();
        foreach (var page in document.Pages)
        {
            var text = new StringBuilder();
            Collect(ContentReader.ReadContent(page), text);
            texts.Add(text.ToString());
        }
        return texts;
    }

    private static void Collect(CSequence sequence, StringBuilder text)
    {
        foreach (var item in sequence)
        {
            if (item is COperator op) Collect(op.Operands, text);
            else if (item is CString s) text.Append(s.Value);
            else if (item is CSequence inner) Collect(inner, text);
        }
    }

    public static List<string> ObjectStrings(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var strings = new List<string>();
        foreach (var item in document.Internals.GetAllObjects().Append(document.Info))
        {
            Strings(item, strings, 0);
            if (item is PdfDictionary { Stream: { } stream }) strings.Add(Encoding.Latin1.GetString(stream.UnfilteredValue));
        }
        return strings;
    }

    private static void Strings(PdfItem item, List<string> strings, int depth)
    {
        if (depth > 8) return;
        switch (item)
        {
            case PdfString s: strings.Add(s.Value); break;
            case PdfDictionary d: foreach (var value in d.Elements.Values) if (value is not null and not PdfSharp.Pdf.Advanced.PdfReference) Strings(value, strings, depth + 1); break;
            case PdfArray a: foreach (var value in a.Elements) if (value is not null and not PdfSharp.Pdf.Advanced.PdfReference) Strings(value, strings, depth + 1); break;
        }
    }

    public static List<string> RawTexts(byte[] pdf)
    {
        var texts = new List<string> { Encoding.Latin1.GetString(pdf) };
        var raw = texts[0];
        for (var at = raw.IndexOf("stream", StringComparison.Ordinal); at >= 0; at = raw.IndexOf("stream", at + 6, StringComparison.Ordinal))
        {
            var start = at + 6;
            if (start < raw.Length && raw[start] == '\r') start++;
            if (start < raw.Length && raw[start] == '\n') start++;
            var end = raw.IndexOf("endstream", start, StringComparison.Ordinal);
            if (end < 0) break;
            try
            {
                using var inflate = new ZLibStream(new MemoryStream(pdf, start, end - start), CompressionMode.Decompress);
                using var copy = new MemoryStream();
                inflate.CopyTo(copy);
                var bytes = copy.ToArray();
                texts.Add(Encoding.Latin1.GetString(bytes));
                texts.Add(Encoding.BigEndianUnicode.GetString(bytes));
            }
            catch (InvalidDataException)
            {
                // Not a deflated stream: its raw bytes are in the first text already.
            }
            at = end;
        }
        texts.Add(Encoding.BigEndianUnicode.GetString(pdf));
        return texts;
    }

    public static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Every way each string can still be found in the PDF.</summary>
    public static List<string> Occurrences(byte[] pdf, IEnumerable<string> strings)
    {
        var pages = PageTexts(pdf);
        var objects = ObjectStrings(pdf);
        var raw = RawTexts(pdf);
        var found = new List<string>();
        foreach (var s in strings)
        {
            for (var p = 0; p < pages.Count; p++)
            {
                // Spaces are left out on both sides: a wrapped phrase has its line break in the layout, not in the strings.
                if (WithoutSpaces(pages[p]).Contains(WithoutSpaces(s), StringComparison.OrdinalIgnoreCase)) found.Add($"\"{s}\" in the text of page {p + 1}");
            }
            if (objects.Any(o => o.Contains(s, StringComparison.OrdinalIgnoreCase))) found.Add($"\"{s}\" in a string object");
            if (raw.Any(r => r.Contains(s, StringComparison.OrdinalIgnoreCase))) found.Add($"\"{s}\" in the raw or inflated bytes");
        }
        return found;
    }
}
