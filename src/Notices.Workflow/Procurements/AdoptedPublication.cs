using Notices.Domain.Notices;

namespace Notices.Workflow.Procurements;

/// <summary>
/// A notice Find a Tender published for a procurement being adopted: its type, its Find a Tender notice id
/// (<c>nnnnnn-yyyy</c>), when it was published, and the notice as the domain's notice JSON, which carries the
/// release as published so that it renders back unchanged.
/// </summary>
public sealed record AdoptedPublication(NoticeType Type, string NoticeId, DateTimeOffset PublishedAt, string Content);
