using Notices.Domain.Notices;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;

namespace Notices.Workflow.Events;

/// <summary>A notice was started; <paramref name="Content"/> is the domain's notice JSON.</summary>
public sealed record NoticeDrafted(DecisionContext Context, string NoticeKey, NoticeType Type, string Content)
    : ProcurementEvent(Context);

/// <summary>A draft (or a rejected notice) was changed.</summary>
public sealed record NoticeAmended(DecisionContext Context, string NoticeKey, string Content) : ProcurementEvent(Context);

/// <summary>A notice passed validation and was sent for approval; <paramref name="Submission"/> counts from 1.</summary>
public sealed record NoticeSubmitted(DecisionContext Context, string NoticeKey, int Submission) : ProcurementEvent(Context);

/// <summary>The register published the notice; deadlines run from <see cref="PublicationReceipt.PublishedAt"/>.</summary>
public sealed record NoticePublished(DecisionContext Context, string NoticeKey, NoticeType Type, PublicationReceipt Publication)
    : ProcurementEvent(Context);
