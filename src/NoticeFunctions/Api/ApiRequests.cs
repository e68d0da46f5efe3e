using System.Text.Json;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;

namespace NoticeFunctions.Api;

/// <summary>Register a procurement: the buyer, what is bought, how, and its lots.</summary>
internal sealed record RegisterProcurementRequest(
    string? BuyerId,
    string? BuyerName,
    string? Title,
    decimal? EstimatedValue,
    Procedure? Procedure,
    ContractNature? Nature,
    SpecialRegime? Regime,
    IReadOnlyList<LotRequest>? Lots);

internal sealed record LotRequest(int Number, string? Title, decimal EstimatedValue);

/// <summary>Draft a notice: its type and its content as the domain's notice JSON.</summary>
internal sealed record DraftNoticeRequest(NoticeType? Type, JsonElement? Content);

/// <summary>Raise the approval event: approve, or reject with a reason, declaring any conflict of interest.</summary>
internal sealed record ApprovalRequest(string? Decision, string? Reason, bool? NoConflictOfInterest, string? ConflictOfInterest);
