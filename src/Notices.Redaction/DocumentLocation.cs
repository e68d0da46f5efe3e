namespace Notices.Redaction;

/// <summary>
/// Where a passage sits in a contract file: the package part (DOCX, e.g. "/word/document.xml" or
/// "/word/footer1.xml", or "core properties"), the page (PDF) and the paragraph (1-based: a DOCX paragraph in its part, a
/// line of a PDF page, a line of a text file). Null where the notion does not apply.
/// </summary>
public sealed record DocumentLocation(string Part, int? Page, int? Paragraph)
{
    public override string ToString()
    {
        var parts = new List<string> { Part };
        if (Page is { } page) parts.Add($"page {page}");
        if (Paragraph is { } paragraph) parts.Add($"paragraph {paragraph}");
        return string.Join(", ", parts);
    }
}
