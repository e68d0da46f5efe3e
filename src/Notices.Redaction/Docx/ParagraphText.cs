using System.Text;
using System.Xml.Linq;
using static Notices.Redaction.Docx.WordNames;

namespace Notices.Redaction.Docx;

/// <summary>
/// The text of one paragraph (WordprocessingML w:p or DrawingML a:p) as it reads, built from the
/// pieces Word splits it into: runs, tracked insertions and deletions, tabs and breaks. Each piece
/// keeps its offset into the joined text, so a passage found across several runs can be cut out of
/// exactly the runs that hold it. Field codes (w:instrText) are a separate text of their own: they
/// are not part of what reads, but they carry text such as mailto: addresses.
/// </summary>
internal sealed class ParagraphText
{
    private readonly List<(XElement Element, int Start, int Length)> _pieces = [];

    private ParagraphText(string text, List<(XElement, int, int)> pieces)
    {
        Text = text;
        _pieces = pieces;
    }

    public string Text { get; }

    /// <summary>The readable text and the field-code text of a paragraph, leaving out nested paragraphs (text boxes).</summary>
    public static (ParagraphText Readable, ParagraphText FieldCodes) Of(XElement paragraph)
    {
        var readable = new Builder();
        var codes = new Builder();
        Collect(paragraph, readable, codes);
        return (readable.Build(), codes.Build());
    }

    private static void Collect(XElement element, Builder readable, Builder codes)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name;
            if (name == Paragraph || name == DrawingParagraph) continue;
            if (name == RunText || name == DeletedText || name == DrawingText) readable.Add(child, child.Value);
            else if (name == FieldCode || name == DeletedFieldCode) codes.Add(child, child.Value);
            else if (name == Tab) readable.Add(child, "\t");
            else if (name == Break || name == CarriageReturn || name == A + "br") readable.Add(child, "\n");
            else if (name == NoBreakHyphen) readable.Add(child, "-");
            else if (child.HasElements) Collect(child, readable, codes);
        }
    }

    /// <summary>
    /// Removes each match from the pieces that hold it and writes the marker where it began.
    /// Matches must be in text order and must not overlap.
    /// </summary>
    public void Cut(IReadOnlyList<(int Index, int Length, string Marker)> matches)
    {
        // Last match first, so the offsets of earlier matches stay valid while pieces shrink.
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            var (index, length, marker) = matches[m];
            var end = index + length;
            for (var p = _pieces.Count - 1; p >= 0; p--)
            {
                var (element, start, pieceLength) = _pieces[p];
                var pieceEnd = start + pieceLength;
                if (pieceEnd <= index || start >= end) continue;
                var from = Math.Max(index, start) - start;
                var to = Math.Min(end, pieceEnd) - start;
                var startsHere = index >= start && index < pieceEnd;
                if (element.Name == Tab || element.Name == Break || element.Name == CarriageReturn || element.Name == NoBreakHyphen || element.Name == A + "br")
                {
                    if (startsHere) element.ReplaceWith(new XElement(RunText, new XAttribute(Space, "preserve"), marker));
                    else element.Remove();
                    continue;
                }
                var value = element.Value;
                if (from > value.Length) continue;
                var kept = value.Remove(from, Math.Min(to, value.Length) - from);
                element.Value = startsHere ? kept.Insert(from, marker) : kept;
                if (element.Name.Namespace == W) element.SetAttributeValue(Space, "preserve");
            }
        }
    }

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<(XElement, int, int)> _pieces = [];

        public void Add(XElement element, string text)
        {
            _pieces.Add((element, _text.Length, text.Length));
            _text.Append(text);
        }

        public ParagraphText Build() => new(_text.ToString(), _pieces);
    }
}
