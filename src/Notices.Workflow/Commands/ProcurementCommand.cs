using System.Text.Json.Serialization;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Commands;

/// <summary>
/// A request to change a procurement. The set of commands is closed: each is a sealed record in this
/// namespace, and the decider handles every one of them. Commands travel to the procurement's orchestration
/// as JSON, so each has a name of its own.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "command")]
[JsonDerivedType(typeof(RegisterProcurement), "register-procurement")]
[JsonDerivedType(typeof(AdoptProcurement), "adopt-procurement")]
[JsonDerivedType(typeof(DraftNotice), "draft-notice")]
[JsonDerivedType(typeof(AmendNotice), "amend-notice")]
[JsonDerivedType(typeof(SubmitNotice), "submit-notice")]
[JsonDerivedType(typeof(DeclareConflictOfInterest), "declare-conflict-of-interest")]
[JsonDerivedType(typeof(ApproveNotice), "approve-notice")]
[JsonDerivedType(typeof(RejectNotice), "reject-notice")]
[JsonDerivedType(typeof(RecordNoticePublished), "record-notice-published")]
[JsonDerivedType(typeof(RecordAwardDecision), "record-award-decision")]
[JsonDerivedType(typeof(RecordContractEntered), "record-contract-entered")]
[JsonDerivedType(typeof(RecordContractChange), "record-contract-change")]
[JsonDerivedType(typeof(RecordContractEnded), "record-contract-ended")]
[JsonDerivedType(typeof(EndStandstill), "end-standstill")]
[JsonDerivedType(typeof(RemindApprovers), "remind-approvers")]
[JsonDerivedType(typeof(EscalateApproval), "escalate-approval")]
[JsonDerivedType(typeof(RemindObligation), "remind-obligation")]
[JsonDerivedType(typeof(MarkObligationOverdue), "mark-obligation-overdue")]
[JsonDerivedType(typeof(RecordContractUpload), "record-contract-upload")]
[JsonDerivedType(typeof(ChooseContractCopyRedactions), "choose-contract-copy-redactions")]
[JsonDerivedType(typeof(SubmitContractCopy), "submit-contract-copy")]
[JsonDerivedType(typeof(RecordContractCopyRedacted), "record-contract-copy-redacted")]
[JsonDerivedType(typeof(RecordContractCopyRedactionRefused), "record-contract-copy-redaction-refused")]
[JsonDerivedType(typeof(DeclareContractCopyConflict), "declare-contract-copy-conflict")]
[JsonDerivedType(typeof(ApproveContractCopy), "approve-contract-copy")]
[JsonDerivedType(typeof(RejectContractCopy), "reject-contract-copy")]
[JsonDerivedType(typeof(RecordContractCopyPublished), "record-contract-copy-published")]
[JsonDerivedType(typeof(RecordWorkFailed), "record-work-failed")]
[JsonDerivedType(typeof(RetryWork), "retry-work")]
public abstract record ProcurementCommand(DecisionContext Context);
