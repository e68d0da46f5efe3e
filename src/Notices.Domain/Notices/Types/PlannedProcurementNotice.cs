using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// UK3 planned procurement notice (s.15, reg 16): the estimated dates of the tender notice, the tender
/// deadline and the award. Published 40 days to 12 months before the tender notice it qualifies it for
/// a shorter tendering period (s.54(4)).
/// </summary>
public sealed record PlannedProcurementNotice : ProcurementNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK3;

    public DateTimeOffset? EstimatedTenderNoticeDate { get; init; }
    public DateTimeOffset? EstimatedTenderDeadline { get; init; }
    public DateTimeOffset? EstimatedAwardDate { get; init; }
}
