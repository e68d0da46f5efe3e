using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;

namespace Notices.Workflow.Commands;

/// <summary>The publishing activity's result: the register has published the approved notice.</summary>
public sealed record RecordNoticePublished(DecisionContext Context, string NoticeKey, PublicationReceipt Publication)
    : ProcurementCommand(Context);
