using Notices.Redaction;
using Notices.Workflow.ContractCopies;

namespace Notices.Storage.Contracts;

/// <summary>The workflow's file formats as the redaction service's file types, media types and file extensions.</summary>
public static class ContractFormats
{
    public static ContractFileType ToFileType(ContractFileFormat format) => format switch
    {
        ContractFileFormat.Docx => ContractFileType.Docx,
        ContractFileFormat.Pdf => ContractFileType.Pdf,
        ContractFileFormat.PlainText => ContractFileType.PlainText,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown contract file format."),
    };

    public static ContractFileFormat ToFormat(ContractFileType type) => type switch
    {
        ContractFileType.Docx => ContractFileFormat.Docx,
        ContractFileType.Pdf => ContractFileFormat.Pdf,
        ContractFileType.PlainText => ContractFileFormat.PlainText,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown contract file type."),
    };

    public static string MediaType(ContractFileFormat format) => format switch
    {
        ContractFileFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ContractFileFormat.Pdf => "application/pdf",
        _ => "text/plain; charset=utf-8",
    };

    public static string Extension(ContractFileFormat format) => format switch
    {
        ContractFileFormat.Docx => ".docx",
        ContractFileFormat.Pdf => ".pdf",
        _ => ".txt",
    };
}
