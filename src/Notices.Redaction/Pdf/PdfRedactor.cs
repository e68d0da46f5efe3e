using Notices.Redaction.Matching;

namespace Notices.Redaction.Pdf;

internal static class PdfRedactor
{
    private const string NotAvailable = "Redaction of PDF copies is not available in this version. Upload the DOCX the contract was made from.";

    public static List<TextBlock> Read(ContractFile file) =>
        throw new ContractFileRefusedException(RefusalReason.Unsupported, NotAvailable + $" ({file.Length} bytes received)");

    public static RedactionReport Redact(ContractFile file, PhraseMatcher matcher, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(destination);
        throw new ContractFileRefusedException(RefusalReason.Unsupported, NotAvailable + $" ({file.Length} bytes received)");
    }
}
