using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Notices.Redaction.Matching;
using static Notices.Redaction.Docx.WordNames;

namespace Notices.Redaction.Docx;

/// <summary>
/// Removes passages from every part of a Word package: the body, headers, footers, footnotes,
/// endnotes, comments, tracked insertions and deletions, text boxes, tables, document properties
/// (core, extended, custom), hyperlink targets and field codes, and embedded objects. The package
/// is navigated with the Open XML SDK; each XML part is rewritten as XML so that every part,
/// whatever its schema, is searched the same way.
/// </summary>
internal static class DocxRedactor
{
    /// <summary>How reports name the core properties (title, author...), wherever the package keeps them.</summary>
    public const string CorePropertiesPart = "core properties";

    public static RedactionReport Redact(ContractFile file, PhraseMatcher matcher, Stream destination)
    {
        var report = new List<RedactedPassage>();
        var working = new MemoryStream();
        working.Write(file.Content.Span);
        RedactPackage(working, matcher, report);
        working.Position = 0;
        working.CopyTo(destination);
        return new RedactionReport(ContractFileType.Docx, report);
    }

    /// <summary>Redacts a Word package held in <paramref name="package"/>, in place.</summary>
    internal static void RedactPackage(MemoryStream package, PhraseMatcher matcher, List<RedactedPassage> report)
    {
        package.Position = 0;
        try
        {
            using var document = WordprocessingDocument.Open(package, isEditable: true);
            // The thumbnail is a picture of the first page as it was: it cannot be redacted, so it goes.
            if (document.ThumbnailPart is { } thumbnail) document.DeletePart(thumbnail);
            RedactCoreProperties(document, matcher, report);
            RedactRelationships(document, matcher, report);
            var removed = new HashSet<OpenXmlPart>();
            foreach (var part in document.GetAllParts().ToList())
            {
                if (removed.Contains(part)) continue;
                RedactRelationships(part, matcher, report, part.Uri.OriginalString);
                if (IsXml(part.ContentType)) RedactXmlPart(part, matcher, report, removed);
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidDataException or FileFormatException)
        {
            throw new ContractFileRefusedException(RefusalReason.Damaged,
                $"The Word document could not be read ({e.Message}). Open it in Word, save it again as a .docx and upload the new file.", e);
        }
    }

    private static bool IsXml(string contentType) =>
        contentType.EndsWith("+xml", StringComparison.Ordinal) || contentType.EndsWith("/xml", StringComparison.Ordinal);

    private static void RedactCoreProperties(WordprocessingDocument document, PhraseMatcher matcher, List<RedactedPassage> report)
    {
        var where = new DocumentLocation(CorePropertiesPart, null, null);
        var p = document.PackageProperties;
        string? R(string? value) => value is null ? null : matcher.Replace(value, where, report);
        p.Creator = R(p.Creator);
        p.LastModifiedBy = R(p.LastModifiedBy);
        p.Title = R(p.Title);
        p.Subject = R(p.Subject);
        p.Description = R(p.Description);
        p.Keywords = R(p.Keywords);
        p.Category = R(p.Category);
        p.ContentStatus = R(p.ContentStatus);
        p.Identifier = R(p.Identifier);
        p.Language = R(p.Language);
        p.Version = R(p.Version);
        p.Revision = R(p.Revision);
    }

    private static void RedactRelationships(OpenXmlPartContainer container, PhraseMatcher matcher, List<RedactedPassage> report, string partName = "/")
    {
        var where = new DocumentLocation(partName + " (links)", null, null);
        foreach (var link in container.HyperlinkRelationships.ToList())
        {
            var target = Uri.UnescapeDataString(link.Uri.OriginalString);
            if (!matcher.AnyIn(target)) continue;
            _ = matcher.Replace(target, where, report);
            container.DeleteReferenceRelationship(link);
            container.AddHyperlinkRelationship(new Uri("about:blank"), link.IsExternal, link.Id);
        }
        foreach (var link in container.ExternalRelationships.ToList())
        {
            var target = Uri.UnescapeDataString(link.Uri.OriginalString);
            if (!matcher.AnyIn(target)) continue;
            _ = matcher.Replace(target, where, report);
            container.DeleteExternalRelationship(link);
            container.AddExternalRelationship(link.RelationshipType, new Uri("about:blank"), link.Id);
        }
    }

    private static void RedactXmlPart(OpenXmlPart part, PhraseMatcher matcher, List<RedactedPassage> report, HashSet<OpenXmlPart> removed)
    {
        var name = part.Uri.OriginalString;
        XDocument xml;
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
        {
            xml = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        }
        var changed = RemoveEmbeddedObjects(part, xml, matcher, report, removed);
        changed |= RedactParagraphs(xml, name, matcher, report);
        changed |= RedactEverythingElse(xml, name, matcher, report);
        if (!changed) return;
        using var output = part.GetStream(FileMode.Create, FileAccess.Write);
        xml.Save(output, SaveOptions.DisableFormatting);
    }

    private static bool RedactParagraphs(XDocument xml, string partName, PhraseMatcher matcher, List<RedactedPassage> report)
    {
        var changed = false;
        var index = 0;
        foreach (var paragraph in xml.Descendants().Where(e => e.Name == Paragraph || e.Name == DrawingParagraph).ToList())
        {
            index++;
            var where = new DocumentLocation(partName, null, index);
            var (readable, codes) = ParagraphText.Of(paragraph);
            changed |= Cut(readable, where, matcher, report);
            changed |= Cut(codes, where, matcher, report);
        }
        return changed;
    }

    private static bool Cut(ParagraphText text, DocumentLocation where, PhraseMatcher matcher, List<RedactedPassage> report)
    {
        if (text.Text.Length == 0 || !matcher.AnyIn(text.Text)) return false;
        var matches = matcher.Matches(text.Text, where);
        if (matches.Count == 0) return false;
        foreach (var m in matches) report.Add(new RedactedPassage(text.Text.Substring(m.Index, m.Length), m.Redaction.Ground, where));
        text.Cut(matches.Select(m => (m.Index, m.Length, WithholdingGroundText.Marker(m.Redaction.Ground))).ToList());
        return true;
    }

    // Text and attribute values outside paragraphs: property values (extended and custom
    // properties), authors of comments and tracked changes, alternative text of pictures,
    // people.xml, custom XML.
    private static bool RedactEverythingElse(XDocument xml, string partName, PhraseMatcher matcher, List<RedactedPassage> report)
    {
        var changed = false;
        var where = new DocumentLocation(partName, null, null);
        foreach (var element in xml.Descendants())
        {
            foreach (var attribute in element.Attributes())
            {
                if (attribute.IsNamespaceDeclaration || !matcher.AnyIn(attribute.Value)) continue;
                attribute.Value = matcher.Replace(attribute.Value, where, report);
                changed = true;
            }
            if (IsParagraphText(element)) continue;
            foreach (var text in element.Nodes().OfType<XText>())
            {
                if (!matcher.AnyIn(text.Value)) continue;
                text.Value = matcher.Replace(text.Value, where, report);
                changed = true;
            }
        }
        return changed;
    }

    private static bool IsParagraphText(XElement element) =>
        (element.Name == RunText || element.Name == DeletedText || element.Name == DrawingText || element.Name == FieldCode || element.Name == DeletedFieldCode)
        && element.Ancestors().Any(a => a.Name == Paragraph || a.Name == DrawingParagraph);

    // An embedded object (an OLE object or an embedded Office file) cannot be rewritten safely and
    // its preview picture shows its old content; when it holds redacted text, the whole object goes
    // and a marker takes its place.
    private static bool RemoveEmbeddedObjects(OpenXmlPart part, XDocument xml, PhraseMatcher matcher, List<RedactedPassage> report, HashSet<OpenXmlPart> removed)
    {
        var changed = false;
        foreach (var pair in part.Parts.ToList())
        {
            if (pair.OpenXmlPart is not (EmbeddedPackagePart or EmbeddedObjectPart or EmbeddedControlPersistenceBinaryDataPart)) continue;
            var found = FindIn(ReadAll(pair.OpenXmlPart), matcher);
            if (found.Count == 0) continue;
            var holder = xml.Descendants().FirstOrDefault(e => e.Attributes().Any(a => a.Value == pair.RelationshipId && a.Name.Namespace == R));
            var where = new DocumentLocation(part.Uri.OriginalString + " (embedded object " + pair.OpenXmlPart.Uri.OriginalString + ")", null, null);
            report.AddRange(found.Select(f => new RedactedPassage(f.Text, f.Ground, where)));
            var objectElement = holder?.AncestorsAndSelf().FirstOrDefault(e => e.Name == EmbeddedObject || e.Name == Picture || e.Name == Drawing);
            if (objectElement is not null)
            {
                foreach (var image in objectElement.Descendants().Attributes().Where(a => a.Name.Namespace == R).Select(a => a.Value).Distinct().ToList())
                {
                    var picture = part.Parts.FirstOrDefault(p => p.RelationshipId == image)?.OpenXmlPart;
                    if (image == pair.RelationshipId || picture is null) continue;
                    removed.Add(picture);
                    part.DeletePart(image);
                }
                objectElement.ReplaceWith(new XElement(RunText, new XAttribute(Space, "preserve"), WithholdingGroundText.Marker(found[0].Ground)));
            }
            removed.Add(pair.OpenXmlPart);
            part.DeletePart(pair.OpenXmlPart);
            changed = true;
        }
        return changed;
    }

    private static byte[] ReadAll(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // An embedded Office file is a ZIP of XML parts (searched with the tags taken out, which joins
    // text split across runs); anything else is searched as both single-byte and UTF-16 text, the two
    // ways OLE objects store strings.
    private static List<(string Text, Domain.Contracts.WithholdingGround Ground)> FindIn(byte[] content, PhraseMatcher matcher)
    {
        var texts = new List<string>();
        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
                foreach (var entry in zip.Entries)
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    var raw = reader.ReadToEnd();
                    texts.Add(raw);
                    texts.Add(System.Text.RegularExpressions.Regex.Replace(raw, "<[^>]+>", ""));
                }
            }
            catch (InvalidDataException)
            {
                texts.Add(Encoding.Latin1.GetString(content));
            }
        }
        else
        {
            texts.Add(Encoding.Latin1.GetString(content));
            texts.Add(Encoding.Unicode.GetString(content));
        }
        var where = new DocumentLocation("embedded", null, null);
        return texts.SelectMany(text => matcher.Matches(text, where).Select(m => (text.Substring(m.Index, m.Length), m.Redaction.Ground)))
            .Distinct().ToList();
    }
}
