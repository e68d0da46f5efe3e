using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// UK12 procurement termination notice (s.55, reg 37): after a tender or transparency notice, the
/// authority decided not to award; as soon as reasonably practicable after that decision.
/// </summary>
public sealed record ProcurementTerminationNotice : Notice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK12;

    public DateTimeOffset? DecisionDate { get; init; }
    public string? Reason { get; init; }

    /// <summary>The lots no longer being awarded; empty means every lot.</summary>
    public IReadOnlyList<string> LotIds { get => field ?? []; init; }

    /// <summary>
    /// Awards already announced (in a transparency or contract award notice) that the termination cancels;
    /// Find a Tender marks each cancelled with the decision date as its final status date.
    /// </summary>
    public IReadOnlyList<string> AwardIds { get => field ?? []; init; }
}
