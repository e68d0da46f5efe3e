using Notices.Redaction.Docx;
using Notices.Redaction.Matching;
using Notices.Redaction.Pdf;
using Notices.Redaction.PlainText;
using Notices.Redaction.Suggestions;

namespace Notices.Redaction;

/// <summary>
/// The redaction service: reads a contract file's text, suggests personal data to remove, and
/// writes a copy with the chosen passages removed (not covered) and a marker in their place.
/// No storage, no HTTP: callers pass a <see cref="ContractFile"/> and a destination stream.
/// </summary>
public static class ContractRedactor
{
    /// <summary>The file's text, paragraph by paragraph, with places (for review screens).</summary>
    /// <exception cref="ContractFileRefusedException">The file cannot be read safely.</exception>
    public static IReadOnlyList<TextBlock> ReadText(ContractFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Type switch
        {
            ContractFileType.Docx => Refusing(() => DocxText.Read(file)),
            ContractFileType.Pdf => PdfRedactor.Read(file),
            ContractFileType.PlainText => PlainTextRedactor.Read(file),
            _ => throw new ArgumentOutOfRangeException(nameof(file), file.Type, "Unknown contract file type."),
        };
    }

    /// <summary>Personal data found automatically, for the commissioner to accept or dismiss.</summary>
    /// <exception cref="ContractFileRefusedException">The file cannot be read safely.</exception>
    public static IReadOnlyList<Suggestion> Suggest(ContractFile file) => PersonalDataDetector.Find(ReadText(file));

    /// <summary>
    /// Writes to <paramref name="destination"/> a copy of the file with every redaction's text
    /// removed, and returns the report of what was removed, why and where. When the file cannot be
    /// redacted safely nothing is written and <see cref="ContractFileRefusedException"/> says why.
    /// </summary>
    public static RedactionReport Redact(ContractFile file, IReadOnlyList<Redaction> redactions, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(destination);
        var matcher = PhraseMatcher.For(redactions);
        // Each format redacts into memory first, so a refusal half-way leaves the destination untouched.
        using var buffer = new MemoryStream();
        var report = file.Type switch
        {
            ContractFileType.Docx => DocxRedactor.Redact(file, matcher, buffer),
            ContractFileType.Pdf => PdfRedactor.Redact(file, matcher, buffer),
            ContractFileType.PlainText => PlainTextRedactor.Redact(file, matcher, buffer),
            _ => throw new ArgumentOutOfRangeException(nameof(file), file.Type, "Unknown contract file type."),
        };
        buffer.Position = 0;
        buffer.CopyTo(destination);
        return report;
    }

    private static T Refusing<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or InvalidDataException or FileFormatException)
        {
            throw new ContractFileRefusedException(RefusalReason.Damaged,
                $"The Word document could not be read ({e.Message}). Open it in Word, save it again as a .docx and upload the new file.", e);
        }
    }
}
