using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using static Notices.Redaction.Docx.WordNames;

namespace Notices.Redaction.Docx;

/// <summary>The readable text of a Word package, paragraph by paragraph, part by part.</summary>
internal static class DocxText
{
    public static List<TextBlock> Read(ContractFile file)
    {
        var blocks = new List<TextBlock>();
        using var document = WordprocessingDocument.Open(file.OpenRead(), isEditable: false);
        var core = new DocumentLocation(DocxRedactor.CorePropertiesPart, null, null);
        var p = document.PackageProperties;
        foreach (var value in new[] { p.Creator, p.LastModifiedBy, p.Title, p.Subject, p.Description, p.Keywords, p.Category })
        {
            if (!string.IsNullOrWhiteSpace(value)) blocks.Add(new TextBlock(core, value));
        }
        foreach (var part in document.GetAllParts())
        {
            if (!part.ContentType.EndsWith("+xml", StringComparison.Ordinal) && !part.ContentType.EndsWith("/xml", StringComparison.Ordinal)) continue;
            XDocument xml;
            using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
            {
                xml = XDocument.Load(stream);
            }
            var name = part.Uri.OriginalString;
            var index = 0;
            var paragraphs = xml.Descendants().Where(e => e.Name == Paragraph || e.Name == DrawingParagraph).ToList();
            if (paragraphs.Count == 0)
            {
                // Property parts (extended and custom properties) hold values, not paragraphs.
                foreach (var text in xml.Descendants().Where(e => !e.HasElements && !string.IsNullOrWhiteSpace(e.Value)))
                {
                    blocks.Add(new TextBlock(new DocumentLocation(name, null, null), text.Value));
                }
                continue;
            }
            foreach (var paragraph in paragraphs)
            {
                index++;
                var text = ParagraphText.Of(paragraph).Readable.Text;
                if (text.Length > 0) blocks.Add(new TextBlock(new DocumentLocation(name, null, index), text));
            }
        }
        return blocks;
    }
}
