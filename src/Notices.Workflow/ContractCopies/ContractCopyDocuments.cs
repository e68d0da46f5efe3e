using Notices.Domain.Notices;
using Notices.Workflow.Law;
using Notices.Workflow.State;

namespace Notices.Workflow.ContractCopies;

/// <summary>
/// A published contract copy as a document of its contract details (UK7) or contract change notice (UK10):
/// the signed contract's address, with the statement of withheld information and its grounds (s.94(3)).
/// </summary>
public static class ContractCopyDocuments
{
    /// <summary>OCDS documentType for a copy of the signed contract.</summary>
    public const string DocumentType = "contractSigned";

    public static NoticeDocument For(string copyKey, RedactedCopy copy, string url) => new()
    {
        Id = copyKey,
        DocumentType = DocumentType,
        Title = copyKey == ContractCopyKeys.Contract
            ? "Copy of the contract"
            : $"Copy of the modified contract ({copyKey.Replace("-copy", "", StringComparison.Ordinal).Replace('-', ' ')})",
        Description = copy.Statement,
        Url = url,
    };

    /// <summary>The notice JSON with the published copies it is to reference added to its documents.</summary>
    public static string Attach(string content, IEnumerable<ContractCopyState> copies) =>
        ActRules.WithDocuments(content, [.. copies.Where(c => c.Redacted is not null && c.Publication is not null)
            .Select(c => For(c.Key, c.Redacted!, c.Publication!.Url))]);
}
