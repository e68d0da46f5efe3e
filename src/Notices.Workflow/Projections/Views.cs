using Notices.Domain.Notices;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.State;

namespace Notices.Workflow.Projections;

/// <summary>
/// A procurement in its buyer's list, with who registered it (or, for an adopted procurement, who adopted it), so a
/// person's own procurements can be shown first. A row stored before the registrant was recorded reads with both empty.
/// </summary>
public sealed record ProcurementSummary(
    string ProcurementId, string BuyerId, string BuyerName, string Title, decimal EstimatedValue, Procedure Procedure,
    Phase Status, string NextStep, int FailedWork, string RegisteredById = "", string RegisteredByName = "");

/// <summary>A notice waiting for approval, in an approver's (or, once escalated, an administrator's) inbox.</summary>
public sealed record PendingApproval(
    string ProcurementId, string BuyerId, string ProcurementTitle, string NoticeKey, NoticeType Type, int Submission,
    string SubmittedById, string SubmittedByName, DateTimeOffset SubmittedAt, bool Reminded, bool Escalated,
    IReadOnlyList<string> ConflictedUserIds);

/// <summary>A redacted contract copy waiting for approval, in the approvers' inbox.</summary>
public sealed record PendingContractCopyApproval(
    string ProcurementId, string BuyerId, string ProcurementTitle, string CopyKey, int Submission,
    string SubmittedById, string SubmittedByName, DateTimeOffset SubmittedAt, int Passages, IReadOnlyList<string> ConflictedUserIds);

/// <summary>An open obligation, listed by its due date.</summary>
public sealed record ObligationView(
    string ProcurementId, string BuyerId, string ProcurementTitle, string ObligationId, ObligationKind Kind,
    DateOnly DueOn, ObligationStatus Status, string Description);

/// <summary>A contract in the buyer's contracts register.</summary>
public sealed record ContractRecord(
    string ProcurementId, string BuyerId, string Title, IReadOnlyList<AwardedSupplier> Suppliers, decimal Value,
    DateOnly EnteredOn, DateOnly StartsOn, DateOnly EndsOn, DateOnly? EndedOn, int Changes, string? Ocid);

/// <summary>One entry of a procurement's timeline: what happened, who did it, when and why.</summary>
public sealed record TimelineEntry(
    long Version, DateTimeOffset At, string Who, string WhoId, IReadOnlyList<Role> Roles, string? Why, string What,
    ProcurementEvent Event);
