using Notices.Domain.Notices;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Commands;

/// <summary>A commissioner starts a notice; <paramref name="Content"/> is the notice as the domain's notice JSON.</summary>
public sealed record DraftNotice(DecisionContext Context, NoticeType Type, string Content) : ProcurementCommand(Context);

/// <summary>A commissioner changes a draft, or redrafts a rejected notice.</summary>
public sealed record AmendNotice(DecisionContext Context, string NoticeKey, string Content) : ProcurementCommand(Context);

/// <summary>A commissioner sends a draft for approval; it must pass validation first.</summary>
public sealed record SubmitNotice(DecisionContext Context, string NoticeKey) : ProcurementCommand(Context);
