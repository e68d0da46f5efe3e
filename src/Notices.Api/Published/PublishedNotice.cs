namespace Notices.Api.Published;

/// <summary>A published notice in the register's list.</summary>
internal sealed record PublishedNotice(string ProcurementId, string NoticeKey, string NoticeId, string Ocid, string Title, DateTimeOffset? Published);
