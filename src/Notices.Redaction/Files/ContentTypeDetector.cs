using System.IO.Compression;
using System.Text;

namespace Notices.Redaction;

/// <summary>What the content of a file turned out to be.</summary>
/// <param name="Type">The accepted type it is, or null when it is none of them.</param>
/// <param name="Found">A description of what was found, for messages.</param>
/// <param name="Advice">What to upload instead, when the content is of no accepted type.</param>
/// <param name="PdfEncrypted">For a PDF, whether it is encrypted.</param>
public sealed record DetectedContent(ContractFileType? Type, string Found, string? Advice = null, bool PdfEncrypted = false);

/// <summary>
/// Finds a file's type from its bytes, never from its name: a DOCX is a ZIP package holding
/// [Content_Types].xml and word/document.xml; a PDF starts with %PDF- (within its first 1024
/// bytes, as readers allow); plain text is valid UTF-8 with no NUL characters.
/// </summary>
public static class ContentTypeDetector
{
    internal const string UploadAdvice = "Upload the contract as a Word document (.docx), a PDF with a text layer, or plain UTF-8 text.";

    public static string Describe(ContractFileType type) => type switch
    {
        ContractFileType.Docx => "a Word document (DOCX)",
        ContractFileType.Pdf => "a PDF",
        ContractFileType.PlainText => "plain text",
        _ => type.ToString(),
    };

    public static DetectedContent Detect(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ReadOnlySpan<byte> bytes = content;
        if (bytes.IsEmpty) return new(null, "an empty file", "Upload the signed contract itself; the file received had no content.");
        if (IsPdf(bytes)) return new(ContractFileType.Pdf, "a PDF", PdfEncrypted: HasEncryptDictionary(bytes));
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return DetectZip(content);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return new(null, "an Office 97-2003 file (such as a .doc)", "Open it in Word and save it as a .docx, then upload that.");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8))
            return new(null, "an image (a scan or photograph)", "Images cannot be redacted reliably: upload the DOCX the contract was made from, or a PDF with a text layer.");
        if (bytes.StartsWith("{\\rtf"u8)) return new(null, "a Rich Text Format file", "Open it in Word and save it as a .docx, then upload that.");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(null, "UTF-16 text", "Save the text as UTF-8 and upload it again.");
        if (bytes.Contains((byte)0)) return new(null, "binary content of an unrecognised kind", UploadAdvice);
        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetCharCount(content);
        }
        catch (DecoderFallbackException)
        {
            return new(null, "text that is not valid UTF-8 (perhaps a legacy Windows encoding)", "Save the text as UTF-8 and upload it again.");
        }
        return new(ContractFileType.PlainText, "plain text");
    }

    private static bool IsPdf(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    // A PDF is encrypted when its trailer (or cross-reference stream dictionary) has an /Encrypt
    // entry. The name must end at a delimiter so that /EncryptMetadata alone does not count.
    private static bool HasEncryptDictionary(ReadOnlySpan<byte> bytes)
    {
        var name = "/Encrypt"u8;
        var from = 0;
        while (from < bytes.Length)
        {
            var at = bytes[from..].IndexOf(name);
            if (at < 0) return false;
            var end = from + at + name.Length;
            if (end >= bytes.Length || bytes[end] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'<' or (byte)'/') return true;
            from = end;
        }
        return false;
    }

    private static DetectedContent DetectZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            bool Has(string name) => zip.GetEntry(name) is not null;
            if (Has("[Content_Types].xml") && Has("word/document.xml")) return new(ContractFileType.Docx, "a Word document (DOCX)");
            if (Has("xl/workbook.xml")) return new(null, "an Excel workbook (XLSX)", "Contract copies are documents: save the contract as a .docx or a PDF with a text layer.");
            if (Has("ppt/presentation.xml")) return new(null, "a PowerPoint presentation (PPTX)", "Save the contract as a .docx or a PDF with a text layer.");
            if (Has("content.xml") && Has("mimetype")) return new(null, "an OpenDocument file (ODT)", "Open it and save it as a .docx, then upload that.");
            return new(null, "a ZIP archive that is not a Word document (it has no word/document.xml)", "Upload each contract document on its own rather than an archive.");
        }
        catch (InvalidDataException)
        {
            return new(null, "a damaged ZIP archive", "Save the document again from Word and upload the new file.");
        }
    }
}
