using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

/// <summary>
/// What Find a Tender adds when it publishes a notice: the procurement's ocid, the notice id (which is
/// also the release id) and the time of publication.
/// </summary>
public sealed record PublicationContext
{
    public PublicationContext(string ocid, string noticeId, DateTimeOffset published)
    {
        Ocid = ProcurementOcid.Parse(ocid).Value;
        NoticeId = FtsNoticeId.Parse(noticeId).Value;
        Published = published;
    }

    public string Ocid { get; }
    public string NoticeId { get; }
    public DateTimeOffset Published { get; }

    /// <summary>The context of a notice read from a published release; null for a notice never published.</summary>
    public static PublicationContext? Of(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice is { Ocid: { } ocid, Publication: { } publication }
            ? new PublicationContext(ocid, publication.NoticeId, publication.Published)
            : null;
    }
}
