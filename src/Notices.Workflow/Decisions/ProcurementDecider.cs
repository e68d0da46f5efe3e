using Notices.Workflow.Commands;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

/// <summary>
/// The procurement lifecycle as a decider: given a command and the state, the events it causes, or why it
/// is refused. Pure: time and the person acting arrive on the command.
/// </summary>
public static class ProcurementDecider
{
    public static Decision Decide(ProcurementCommand command, ProcurementState state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        if (state.HandledCommands.Contains(command.Context.CommandId))
        {
            return Decision.Repeat;
        }

        return (command, state) switch
        {
            (RegisterProcurement c, Unregistered) => RegistrationDecisions.Register(c),
            (RegisterProcurement, Registered) => Decision.Refuse("This procurement is already registered."),
            (AdoptProcurement c, Unregistered) => AdoptionDecisions.Adopt(c),
            (AdoptProcurement c, Registered s) => AdoptionDecisions.AlreadyRegistered(c, s),
            (_, Unregistered) => Decision.Refuse("There is no procurement with this reference. Register the procurement first."),
            (DraftNotice c, Registered s) => NoticeDecisions.Draft(c, s),
            (AmendNotice c, Registered s) => NoticeDecisions.Amend(c, s),
            (SubmitNotice c, Registered s) => NoticeDecisions.Submit(c, s),
            (DeclareConflictOfInterest c, Registered s) => ApprovalDecisions.DeclareConflict(c, s),
            (ApproveNotice c, Registered s) => ApprovalDecisions.Approve(c, s),
            (RejectNotice c, Registered s) => ApprovalDecisions.Reject(c, s),
            (RecordNoticePublished c, Registered s) => PublicationDecisions.RecordPublished(c, s),
            (RecordAwardDecision c, Registered s) => ContractDecisions.RecordAward(c, s),
            (RecordContractEntered c, Registered s) => ContractDecisions.RecordEntered(c, s),
            (RecordContractChange c, Registered s) => ContractDecisions.RecordChange(c, s),
            (RecordContractEnded c, Registered s) => ContractDecisions.RecordEnded(c, s),
            (EndStandstill c, Registered s) => TimerDecisions.EndStandstill(c, s),
            (RemindApprovers c, Registered s) => TimerDecisions.RemindApprovers(c, s),
            (EscalateApproval c, Registered s) => TimerDecisions.EscalateApproval(c, s),
            (RemindObligation c, Registered s) => TimerDecisions.RemindObligation(c, s),
            (MarkObligationOverdue c, Registered s) => TimerDecisions.MarkOverdue(c, s),
            (RecordContractUpload c, Registered s) => ContractCopyDecisions.RecordUpload(c, s),
            (ChooseContractCopyRedactions c, Registered s) => ContractCopyDecisions.ChooseRedactions(c, s),
            (SubmitContractCopy c, Registered s) => ContractCopyDecisions.Submit(c, s),
            (RecordContractCopyRedacted c, Registered s) => ContractCopyDecisions.RecordRedacted(c, s),
            (RecordContractCopyRedactionRefused c, Registered s) => ContractCopyDecisions.RecordRedactionRefused(c, s),
            (DeclareContractCopyConflict c, Registered s) => ContractCopyDecisions.DeclareConflict(c, s),
            (ApproveContractCopy c, Registered s) => ContractCopyDecisions.Approve(c, s),
            (RejectContractCopy c, Registered s) => ContractCopyDecisions.Reject(c, s),
            (RecordContractCopyPublished c, Registered s) => ContractCopyDecisions.RecordPublished(c, s),
            (RecordWorkFailed c, Registered s) => WorkDecisions.RecordFailed(c, s),
            (RetryWork c, Registered s) => WorkDecisions.Retry(c, s),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown command."),
        };
    }
}
