using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Notices.Redaction.Pdf;

internal static class PdfItems
{
    /// <summary>The item itself, or the object an indirect reference points to.</summary>
    public static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    public static PdfItem? Get(PdfDictionary dictionary, string key) => Resolve(dictionary.Elements[key]);
}
