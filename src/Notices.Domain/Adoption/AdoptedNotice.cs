using Notices.Domain.Notices;

namespace Notices.Domain.Adoption;

/// <summary>One published notice of the procurement; <c>Drafted</c> says whether this product drafts notices of its type.</summary>
public sealed record AdoptedNotice(NoticeType Type, string Name, string NoticeId, DateTimeOffset Published, bool Drafted);
