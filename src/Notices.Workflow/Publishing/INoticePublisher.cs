using Notices.Domain.Notices;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Publishing;

/// <summary>
/// Publishes an approved notice in a register. Must be idempotent by (procurement, notice): publishing the
/// same notice again returns the first publication rather than publishing twice.
/// </summary>
public interface INoticePublisher
{
    Task<PublicationReceipt> PublishAsync(PublicationRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Publishes a published notice again as revised, under its notice id and ocid (as Find a Tender lets an
    /// authority edit a published contract details or change notice to attach the contract's copy). Idempotent
    /// by (procurement, notice, revision); returns where the revised release is kept.
    /// </summary>
    Task<string> ReviseAsync(NoticeRevisionRequest request, CancellationToken cancellationToken);
}

/// <summary>The notice <paramref name="NoticeKey"/>, first published as <paramref name="Original"/>, revised to <paramref name="Content"/>.</summary>
public sealed record NoticeRevisionRequest(
    ProcurementId ProcurementId, string NoticeKey, string Content, PublicationReceipt Original, string Revision);

/// <summary>An approved notice to publish; <paramref name="Ocid"/> is the procurement's, if it already has one.</summary>
public sealed record PublicationRequest(ProcurementId ProcurementId, string NoticeKey, NoticeType Type, string Content, string? Ocid, string? TraceParent = null);
