using System.Text.Json.Serialization;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Events;

/// <summary>
/// Something that happened to a procurement: the legal record of each decision, with who made it, when and
/// why (<see cref="Context"/>). The set is closed; each event's stored name is fixed here and never reused.
/// A stored event is never changed: a new shape is a new event.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(ProcurementRegistered), "procurement-registered")]
[JsonDerivedType(typeof(NoticeDrafted), "notice-drafted")]
[JsonDerivedType(typeof(NoticeAmended), "notice-amended")]
[JsonDerivedType(typeof(NoticeSubmitted), "notice-submitted")]
[JsonDerivedType(typeof(ConflictOfInterestDeclared), "conflict-of-interest-declared")]
[JsonDerivedType(typeof(NoticeApproved), "notice-approved")]
[JsonDerivedType(typeof(NoticeRejected), "notice-rejected")]
[JsonDerivedType(typeof(ApprovalReminderSent), "approval-reminder-sent")]
[JsonDerivedType(typeof(ApprovalEscalated), "approval-escalated")]
[JsonDerivedType(typeof(NoticePublished), "notice-published")]
[JsonDerivedType(typeof(AwardDecisionRecorded), "award-decision-recorded")]
[JsonDerivedType(typeof(StandstillStarted), "standstill-started")]
[JsonDerivedType(typeof(StandstillEnded), "standstill-ended")]
[JsonDerivedType(typeof(ContractEntered), "contract-entered")]
[JsonDerivedType(typeof(ContractChanged), "contract-changed")]
[JsonDerivedType(typeof(ContractEnded), "contract-ended")]
[JsonDerivedType(typeof(ProcurementTerminated), "procurement-terminated")]
[JsonDerivedType(typeof(ObligationSet), "obligation-set")]
[JsonDerivedType(typeof(ObligationReminderSent), "obligation-reminder-sent")]
[JsonDerivedType(typeof(ObligationOverdue), "obligation-overdue")]
[JsonDerivedType(typeof(ObligationMet), "obligation-met")]
[JsonDerivedType(typeof(ObligationWithdrawn), "obligation-withdrawn")]
[JsonDerivedType(typeof(ContractUploaded), "contract-uploaded")]
[JsonDerivedType(typeof(ContractCopyRedactionsChosen), "contract-copy-redactions-chosen")]
[JsonDerivedType(typeof(ContractCopySubmitted), "contract-copy-submitted")]
[JsonDerivedType(typeof(ContractCopyRedacted), "contract-copy-redacted")]
[JsonDerivedType(typeof(ContractCopyRedactionRefused), "contract-copy-redaction-refused")]
[JsonDerivedType(typeof(ContractCopyConflictDeclared), "contract-copy-conflict-declared")]
[JsonDerivedType(typeof(ContractCopyApproved), "contract-copy-approved")]
[JsonDerivedType(typeof(ContractCopyRejected), "contract-copy-rejected")]
[JsonDerivedType(typeof(ContractCopyPublished), "contract-copy-published")]
[JsonDerivedType(typeof(WorkFailed), "work-item-failed")]
[JsonDerivedType(typeof(WorkRetried), "work-item-retried")]
[JsonDerivedType(typeof(ProcurementAdopted), "procurement-adopted")]
[JsonDerivedType(typeof(NoticeAdopted), "notice-adopted")]
public abstract record ProcurementEvent(DecisionContext Context);
