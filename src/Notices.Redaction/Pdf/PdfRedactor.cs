using PdfSharp.Pdf;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;
using Notices.Redaction.Matching;

namespace Notices.Redaction.Pdf;

/// <summary>
/// PDF redaction: the glyphs of each redacted passage are taken out of the page's content stream
/// (the text-showing operators are rewritten so the rest of the line keeps its place), a black box
/// is drawn where they were, and the passage is removed from the document information, XMP
/// metadata, annotations, form fields and bookmarks. Files that cannot be redacted safely are
/// refused: encrypted files, scans, and fonts whose text cannot be decoded.
/// </summary>
internal static class PdfRedactor
{
    private const string UploadInstead = "Upload the DOCX the contract was made from (or a PDF saved from it with \"Save as PDF\"), so the text can be removed reliably.";

    public static List<TextBlock> Read(ContractFile file)
    {
        using var document = Open(file, PdfDocumentOpenMode.Import);
        var blocks = new List<TextBlock>();
        var pages = ReadPages(document);
        foreach (var page in pages)
        {
            var lines = page.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length > 0) blocks.Add(new TextBlock(At(page.Number, i + 1), lines[i]));
            }
        }
        return blocks;
    }

    public static RedactionReport Redact(ContractFile file, PhraseMatcher matcher, Stream destination)
    {
        using var document = Open(file, PdfDocumentOpenMode.Modify);
        var report = new List<RedactedPassage>();
        var pages = ReadPages(document);
        for (var i = 0; i < pages.Count; i++)
        {
            RedactPage(document.Pages[i], pages[i], matcher, report);
        }
        PdfMetadataScrubber.Scrub(document, matcher, report);
        document.Options.CompressContentStreams = true;
        document.Save(destination, closeStream: false);
        return new RedactionReport(ContractFileType.Pdf, report);
    }

    private static DocumentLocation At(int page, int line) => new($"page {page}", page, line);

    private static PdfDocument Open(ContractFile file, PdfDocumentOpenMode mode)
    {
        if (file.PdfEncrypted)
        {
            throw new ContractFileRefusedException(RefusalReason.Encrypted,
                "The PDF is encrypted (password-protected or restricted), so its text cannot be read and removed reliably. Remove the protection and upload it again, or " + char.ToLowerInvariant(UploadInstead[0]) + UploadInstead[1..]);
        }
        try
        {
            return PdfReader.Open(file.OpenRead(), mode);
        }
        // PDFsharp reports PDF features it does not support (some filters, cross-reference forms) as
        // NotImplementedException: for the uploader that is a file we cannot read, so it is refused like a damaged one.
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or FormatException or NotImplementedException or ArgumentException)
        {
            throw new ContractFileRefusedException(RefusalReason.Damaged, $"The PDF could not be read ({e.Message}). " + UploadInstead, e);
        }
    }

    private static List<PdfPageText> ReadPages(PdfDocument document)
    {
        if (PdfMetadataScrubber.HasAttachments(document))
        {
            throw new ContractFileRefusedException(RefusalReason.UncheckableContent,
                "The PDF has files attached to it, which cannot be checked for the text to remove. Remove the attachments and upload it again, or " + char.ToLowerInvariant(UploadInstead[0]) + UploadInstead[1..]);
        }
        var pages = new List<PdfPageText>(document.PageCount);
        for (var i = 0; i < document.PageCount; i++)
        {
            PdfPageText page;
            try
            {
                page = PdfPageText.Read(document.Pages[i], i + 1);
            }
            catch (Exception e) when (e is PdfSharp.Pdf.Content.ContentReaderException or InvalidOperationException or ArgumentException)
            {
                throw new ContractFileRefusedException(RefusalReason.Damaged, $"Page {i + 1} of the PDF could not be read ({e.Message}). " + UploadInstead, e);
            }
            if (page.Problem is { } problem)
                throw new ContractFileRefusedException(RefusalReason.UndecodableText, $"The PDF cannot be redacted safely: {problem}. " + UploadInstead);
            if (page.LooksScanned)
            {
                throw new ContractFileRefusedException(RefusalReason.NoTextLayer,
                    $"Page {i + 1} of the PDF is a scanned image: its words are pixels, which cannot be found or removed (any text layer over a scan would be removed while the words stayed visible in the picture). " + UploadInstead);
            }
            pages.Add(page);
        }
        if (pages.Count > 0 && pages.All(p => p.Glyphs.Count == 0))
        {
            throw new ContractFileRefusedException(RefusalReason.NoTextLayer,
                "The PDF has no text layer (it is made of images), so nothing in it can be found or removed. " + UploadInstead);
        }
        return pages;
    }

    private static void RedactPage(PdfPage page, PdfPageText text, PhraseMatcher matcher, List<RedactedPassage> report)
    {
        if (text.Glyphs.Count == 0 || !matcher.AnyIn(text.Text)) return;
        var matches = matcher.Matches(text.Text, index => At(text.Number, text.LineAt(index)));
        if (matches.Count == 0) return;
        var removed = new HashSet<int>();
        var boxes = new List<(float X, float Y, float Width, float Height)>();
        foreach (var match in matches)
        {
            report.Add(new RedactedPassage(text.Text.Substring(match.Index, match.Length), match.Redaction.Ground, At(text.Number, text.LineAt(match.Index))));
            var glyphs = Enumerable.Range(match.Index, match.Length).Select(text.GlyphAt).Where(g => g >= 0).ToList();
            removed.UnionWith(glyphs);
            // One box per line the passage runs over.
            foreach (var line in glyphs.GroupBy(g => text.LineAt(TextIndexOf(text, g))))
            {
                var minX = line.Min(g => text.Glyphs[g].Min.X);
                var minY = line.Min(g => text.Glyphs[g].Min.Y);
                var maxX = line.Max(g => text.Glyphs[g].Max.X);
                var maxY = line.Max(g => text.Glyphs[g].Max.Y);
                boxes.Add((minX - 0.5f, minY, maxX - minX + 1f, maxY - minY));
            }
        }
        var rewritten = PdfTextRewriter.Rewrite(text, removed);
        var content = new CSequence();
        content.Add(Op("q"));
        for (var i = 0; i < text.Operators.Count; i++)
        {
            if (rewritten.TryGetValue(i, out var replacement)) foreach (var op in replacement) content.Add(op);
            else content.Add(text.Operators[i]);
        }
        content.Add(Op("Q"));
        content.Add(Op("q"));
        content.Add(Op("g", new CInteger { Value = 0 }));
        foreach (var (x, y, width, height) in boxes)
        {
            content.Add(Op("re", Real(x), Real(y), Real(width), Real(height)));
            content.Add(Op("f"));
        }
        content.Add(Op("Q"));
        page.Contents.ReplaceContent(content);
    }

    private static int TextIndexOf(PdfPageText text, int glyph)
    {
        // Glyphs and characters of the page text are in the same order; the separators put back
        // from the layout are the only difference.
        var low = glyph;
        while (text.GlyphAt(low) != glyph) low++;
        return low;
    }

    internal static COperator Op(string name, params CObject[] operands)
    {
        var op = OpCodes.OperatorFromName(name);
        foreach (var operand in operands) op.Operands.Add(operand);
        return op;
    }

    internal static CReal Real(double value) => new() { Value = Math.Round(value, 3) };
}
