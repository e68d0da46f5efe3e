using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// UK11 contract termination notice (s.80, reg 41), within 30 days beginning with the day the contract
/// ended, whatever the reason.
/// </summary>
public sealed record ContractTerminationNotice : ContractStageNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK11;

    public DateTimeOffset? TerminationDate { get; init; }
    public IReadOnlyList<TerminationReason> Reasons { get => field ?? []; init; }
    public string? Rationale { get; init; }

    /// <summary>What was paid under the contract in the end.</summary>
    public Money? FinalValue { get; init; }

    /// <summary>For a termination for breach: the breach, as in a UK9.</summary>
    public PerformanceBreach? Breach { get; init; }
}
