using Notices.Domain.Contracts;

namespace Notices.Redaction;

/// <summary>One passage removed from the copy: what it was, why, and where.</summary>
public sealed record RedactedPassage(string Text, WithholdingGround Ground, DocumentLocation Location);

/// <summary>
/// The internal record of a redaction for the approver: every passage removed, with its ground and
/// place. It holds the removed text, so it is never published; <see cref="WithheldInformationStatement"/>
/// is the public summary.
/// </summary>
public sealed record RedactionReport(ContractFileType FileType, IReadOnlyList<RedactedPassage> Passages)
{
    /// <summary>How many passages were removed on each ground.</summary>
    public IReadOnlyDictionary<WithholdingGround, int> CountByGround() =>
        Passages.GroupBy(p => p.Ground).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
}
