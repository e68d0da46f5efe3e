using System.Text;
using PdfSharp.Pdf;
using Notices.Redaction.Matching;

namespace Notices.Redaction.Pdf;

/// <summary>
/// Removes redacted passages from everything in a PDF that is not page content: the document
/// information dictionary, the XMP metadata stream, annotations (their text and their appearance),
/// form field values, bookmarks, and any other string in the document's objects.
/// </summary>
internal static class PdfMetadataScrubber
{
    private static readonly DocumentLocation Information = new("document information", null, null);
    private static readonly DocumentLocation Xmp = new("XMP metadata", null, null);
    private static readonly DocumentLocation OtherObjects = new("bookmarks, form fields and other document objects", null, null);

    public static bool HasAttachments(PdfDocument document) =>
        PdfItems.Get(document.Internals.Catalog, "/Names") is PdfDictionary names && names.Elements.ContainsKey("/EmbeddedFiles");

    public static void Scrub(PdfDocument document, PhraseMatcher matcher, List<RedactedPassage> report)
    {
        ScrubStrings(document.Info, matcher, report, Information);
        for (var i = 0; i < document.PageCount; i++) ScrubAnnotations(document, document.Pages[i], i + 1, matcher, report);
        ScrubXmp(document, matcher, report);
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary or PdfArray) ScrubStrings(item, matcher, report, OtherObjects);
        }
    }

    private static void ScrubAnnotations(PdfDocument document, PdfPage page, int number, PhraseMatcher matcher, List<RedactedPassage> report)
    {
        if (PdfItems.Get(page, "/Annots") is not PdfArray annotations) return;
        var where = new DocumentLocation($"page {number} annotations", number, null);
        foreach (var item in annotations.Elements.ToList())
        {
            if (PdfItems.Resolve(item) is not PdfDictionary annotation) continue;
            var found = ScrubStrings(annotation, matcher, report, where);
            var shown = AppearanceMatches(annotation, matcher, where);
            if (!found && shown.Count == 0) continue;
            if (!found) report.AddRange(shown);
            // The appearance is a drawing of the old text: drop it; viewers draw a new one from the
            // redacted values (form fields are told to, through NeedAppearances).
            annotation.Elements.Remove("/AP");
            if (annotation.Elements.GetName("/Subtype") == "/Widget" && PdfItems.Get(document.Internals.Catalog, "/AcroForm") is PdfDictionary form)
                form.Elements["/NeedAppearances"] = new PdfBoolean(true);
        }
    }

    private static List<RedactedPassage> AppearanceMatches(PdfDictionary annotation, PhraseMatcher matcher, DocumentLocation where)
    {
        var shown = new List<RedactedPassage>();
        if (PdfItems.Get(annotation, "/AP") is not PdfDictionary appearance) return shown;
        foreach (var key in appearance.Elements.Keys)
        {
            var entry = PdfItems.Get(appearance, key);
            var streams = entry is PdfDictionary { Stream: null } states
                ? states.Elements.Keys.Select(k => PdfItems.Get(states, k)).OfType<PdfDictionary>()
                : entry is PdfDictionary single ? [single] : [];
            foreach (var stream in streams)
            {
                if (stream.Stream is not { } s) continue;
                var text = Encoding.Latin1.GetString(s.UnfilteredValue);
                shown.AddRange(matcher.Matches(text, where).Select(m => new RedactedPassage(text.Substring(m.Index, m.Length), m.Redaction.Ground, where)));
            }
        }
        return shown;
    }

    private static void ScrubXmp(PdfDocument document, PhraseMatcher matcher, List<RedactedPassage> report)
    {
        if (PdfItems.Get(document.Internals.Catalog, "/Metadata") is not PdfDictionary { Stream: { } stream } metadata) return;
        var xml = Encoding.UTF8.GetString(stream.UnfilteredValue);
        if (!matcher.AnyIn(xml)) return;
        var redacted = matcher.Replace(xml, Xmp, report);
        metadata.Elements.Remove("/Filter");
        metadata.Elements.Remove("/DecodeParms");
        stream.Value = Encoding.UTF8.GetBytes(redacted);
    }

    /// <summary>Replaces matching strings held directly in a dictionary or array; true when any matched.</summary>
    private static bool ScrubStrings(PdfItem container, PhraseMatcher matcher, List<RedactedPassage> report, DocumentLocation where)
    {
        var found = false;
        if (container is PdfDictionary dictionary)
        {
            foreach (var key in dictionary.Elements.Keys.ToList())
            {
                if (dictionary.Elements[key] is PdfString s && matcher.AnyIn(s.Value))
                {
                    dictionary.Elements[key] = new PdfString(matcher.Replace(s.Value, where, report), PdfStringEncoding.Unicode);
                    found = true;
                }
                else if (dictionary.Elements[key] is PdfArray inner && !inner.IsIndirect) found |= ScrubStrings(inner, matcher, report, where);
                else if (dictionary.Elements[key] is PdfDictionary innerDictionary && !innerDictionary.IsIndirect) found |= ScrubStrings(innerDictionary, matcher, report, where);
            }
        }
        else if (container is PdfArray array)
        {
            for (var i = 0; i < array.Elements.Count; i++)
            {
                if (array.Elements[i] is PdfString s && matcher.AnyIn(s.Value))
                {
                    array.Elements[i] = new PdfString(matcher.Replace(s.Value, where, report), PdfStringEncoding.Unicode);
                    found = true;
                }
                else if (array.Elements[i] is PdfArray inner && !inner.IsIndirect) found |= ScrubStrings(inner, matcher, report, where);
                else if (array.Elements[i] is PdfDictionary innerDictionary && !innerDictionary.IsIndirect) found |= ScrubStrings(innerDictionary, matcher, report, where);
            }
        }
        return found;
    }
}
