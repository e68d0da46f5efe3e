using Notices.Domain.Contracts;

namespace Notices.Workflow.ContractCopies;

/// <summary>The kinds of file a contract copy is made from, as found in the file's content.</summary>
public enum ContractFileFormat
{
    Docx,
    Pdf,
    PlainText,
}

/// <summary>
/// A signed contract as uploaded: where the app stored it (a name it chose, in the private originals
/// container), its SHA-256 and size as streamed, its format found from its content, and the name the file had
/// on the uploader's computer, kept as data only.
/// </summary>
public sealed record ContractUpload(string BlobName, string Sha256, long Size, ContractFileFormat Format, string OriginalFileName);

/// <summary>Where a passage sits in the file: the part, and the page and paragraph where they apply.</summary>
public sealed record RedactionPlace(string Part, int? Page, int? Paragraph);

/// <summary>Whether the commissioner accepted a suggestion of the service or chose the passage themselves.</summary>
public enum RedactionSource
{
    Suggestion,
    Own,
}

/// <summary>
/// A passage the commissioner decided to withhold, on one ground: a phrase removed wherever it occurs, or,
/// with <paramref name="OnlyAt"/>, a passage selected in one paragraph.
/// </summary>
public sealed record ChosenRedaction(string Text, WithholdingGround Ground, RedactionSource Source, RedactionPlace? OnlyAt = null);

/// <summary>How many passages were withheld on a ground.</summary>
public sealed record WithheldGround(WithholdingGround Ground, int Passages);

/// <summary>
/// The redacted copy produced for review: where it is kept (privately, until approved), its SHA-256 and size,
/// the passages removed by ground, and the statement of withheld information (s.94(3)) to publish with it.
/// </summary>
public sealed record RedactedCopy(string BlobName, string Sha256, long Size, int Passages, IReadOnlyList<WithheldGround> Grounds, string Statement);

/// <summary>
/// The published copy: its name in the published container, its address, when it was published, and the notice
/// whose documents reference it (with where the register keeps that notice as revised to attach it), if one
/// had been published by then.
/// </summary>
public sealed record PublishedContractCopy(
    string Location, string Url, DateTimeOffset PublishedAt, string? NoticeKey = null, string? NoticeRevision = null);
