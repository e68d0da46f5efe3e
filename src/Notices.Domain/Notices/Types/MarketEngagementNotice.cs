using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// UK2 preliminary market engagement notice (ss.16-17, reg 17): how the engagement runs or ran and
/// when it closes or closed.
/// </summary>
public sealed record MarketEngagementNotice : ProcurementNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK2;

    public DateTimeOffset? EngagementEndDate { get; init; }
    public string? EngagementDescription { get; init; }
}
