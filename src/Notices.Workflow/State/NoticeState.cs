using System.Collections.Immutable;
using Notices.Domain.Notices;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;

namespace Notices.Workflow.State;

/// <summary>
/// One notice of a procurement on its way through drafting, approval and publication. A union: each case is
/// a step of the notice sub-process, drafted -> awaiting approval -> approved -> published, with a
/// rejection sending it back to a draft.
/// </summary>
public abstract record NoticeState(string Key, NoticeType Type, string Content, int Submissions);

/// <summary>Being written; <paramref name="Rejection"/> holds the last approver's reason, if it was sent back.</summary>
public sealed record DraftNoticeState(string Key, NoticeType Type, string Content, int Submissions, string? Rejection)
    : NoticeState(Key, Type, Content, Submissions);

/// <summary>Submitted and waiting for an approver; <paramref name="Conflicted"/> are those who declared a conflict.</summary>
public sealed record AwaitingApprovalState(
    string Key,
    NoticeType Type,
    string Content,
    int Submissions,
    Actor SubmittedBy,
    DateTimeOffset SubmittedAt,
    ImmutableDictionary<string, string> Conflicted,
    bool Reminded,
    bool Escalated) : NoticeState(Key, Type, Content, Submissions);

/// <summary>Approved and on its way to the register; <paramref name="SignOff"/> says who submitted and who approved it.</summary>
public sealed record ApprovedNoticeState(string Key, NoticeType Type, string Content, int Submissions, Actor ApprovedBy, NoticeSignOff? SignOff = null)
    : NoticeState(Key, Type, Content, Submissions);

/// <summary>
/// Published in the register; <paramref name="SignOff"/> says who submitted and who approved it, kept so that a
/// published notice answers for itself (none for a notice adopted from Find a Tender, signed off elsewhere).
/// </summary>
public sealed record PublishedNoticeState(string Key, NoticeType Type, string Content, int Submissions, PublicationReceipt Publication, NoticeSignOff? SignOff = null)
    : NoticeState(Key, Type, Content, Submissions);

/// <summary>Who submitted the notice for approval and who approved it, and when, as their decisions recorded.</summary>
public sealed record NoticeSignOff(Actor SubmittedBy, DateTimeOffset SubmittedAt, Actor ApprovedBy, DateTimeOffset ApprovedAt);
