using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Notices.Workflow.Reactions;

namespace Notices.Workflow.Orchestration;

/// <summary>The command a fired timer sends to its procurement; its id names the timer and its due time, so a repeat has no effect.</summary>
internal static class TimerCommands
{
    public static ProcurementCommand For(StartTimer timer, DateTimeOffset now)
    {
        var context = DecisionContext.ForWorkflow(TimerLedger.FiredCommandId(timer), now);
        return timer.Purpose switch
        {
            StandstillEnd => new EndStandstill(context),
            ApprovalReminder r => new RemindApprovers(context, r.NoticeKey, r.Submission),
            ApprovalEscalation e => new EscalateApproval(context, e.NoticeKey, e.Submission),
            ObligationReminder o => new RemindObligation(context, o.ObligationId),
            ObligationDue o => new MarkObligationOverdue(context, o.ObligationId),
            _ => throw new ArgumentOutOfRangeException(nameof(timer), timer.Purpose, "Unknown timer purpose."),
        };
    }
}
