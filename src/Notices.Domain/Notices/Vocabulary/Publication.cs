namespace Notices.Domain.Notices;

/// <summary>Where and when Find a Tender published a notice: its notice id and publication time.</summary>
public sealed record Publication(string NoticeId, DateTimeOffset Published);
