namespace Notices.Redaction;

/// <summary>The kinds of contract file the service accepts.</summary>
public enum ContractFileType
{
    Docx = 1,
    Pdf = 2,
    PlainText = 3,
}
