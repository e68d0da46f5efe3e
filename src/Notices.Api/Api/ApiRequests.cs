using System.Text.Json;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Workflow.Commands;

namespace Notices.Api;

/// <summary>Register a procurement: the buyer, what is bought, how, and its lots (the regime is None unless given).</summary>
internal sealed record RegisterProcurementRequest(
    string? BuyerId,
    string? BuyerName,
    string? Title,
    decimal? EstimatedValue,
    Procedure? Procedure,
    ContractNature? Nature,
    SpecialRegime? Regime = null,
    IReadOnlyList<LotRequest>? Lots = null);

internal sealed record LotRequest(int? Number, string? Title, decimal? EstimatedValue);

/// <summary>Draft a notice: its type and its content as the domain's notice JSON.</summary>
internal sealed record DraftNoticeRequest(NoticeType? Type, JsonElement? Content);

/// <summary>Amend a draft (or redraft a rejected notice): its new content as the domain's notice JSON.</summary>
internal sealed record AmendNoticeRequest(JsonElement? Content);

/// <summary>
/// Raise the approval event. <c>decision</c> is <c>approve</c>, <c>reject</c> (with a <c>reason</c>) or
/// <c>declare-conflict</c> (with <c>conflictOfInterest</c> describing it); approving or rejecting needs
/// <c>noConflictOfInterest</c> true, the approver's declaration.
/// </summary>
internal sealed record ApprovalRequest(string? Decision, string? Reason = null, bool? NoConflictOfInterest = null, string? ConflictOfInterest = null);

/// <summary>The award decision: who the contract goes to, its value including VAT, and the day it was decided.</summary>
internal sealed record AwardRequest(IReadOnlyList<SupplierRequest>? Suppliers, decimal? Value, DateOnly? DecidedOn);

internal sealed record SupplierRequest(string? Name, string? Identifier);

/// <summary>The contract has been entered into (signed).</summary>
internal sealed record ContractEnteredRequest(DateOnly? EnteredOn, decimal? Value, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>
/// A change (modification) to the contract. <c>corporateRestructuring</c> says the change is only a new supplier
/// taking the contract over in a corporate restructuring, which section 75 of the Act exempts from a change notice.
/// </summary>
internal sealed record ContractChangeRequest(string? Description, decimal? NewValue, DateOnly? EffectiveOn, bool? CorporateRestructuring = null);

/// <summary>The contract has ended, and how.</summary>
internal sealed record ContractEndedRequest(DateOnly? EndedOn, ContractEnding? Ending);

/// <summary>
/// Adopt a procurement already under way on Find a Tender: its published releases as Find a Tender gave them (each a
/// release or a release package), or the notice ids to fetch them by; one or the other.
/// </summary>
internal sealed record AdoptProcurementRequest(IReadOnlyList<System.Text.Json.JsonElement>? Releases, IReadOnlyList<string>? NoticeIds);
