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
}

/// <summary>An approved notice to publish; <paramref name="Ocid"/> is the procurement's, if it already has one.</summary>
public sealed record PublicationRequest(ProcurementId ProcurementId, string NoticeKey, NoticeType Type, string Content, string? Ocid);
