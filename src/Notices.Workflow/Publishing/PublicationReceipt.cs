namespace Notices.Workflow.Publishing;

/// <summary>
/// What the register recorded when it published a notice: the notice id (<c>nnnnnn-yyyy</c>), the
/// procurement's ocid, the publication time from which deadlines run, and where the release is kept.
/// </summary>
public sealed record PublicationReceipt(string NoticeId, string Ocid, DateTimeOffset PublishedAt, string Location);
