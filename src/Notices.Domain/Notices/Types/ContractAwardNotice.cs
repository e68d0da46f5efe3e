using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// UK6 contract award notice (s.50, regs 27-30). Its publication starts the standstill period of s.51:
/// eight working days beginning with the day it is published.
/// </summary>
public sealed record ContractAwardNotice : AwardStageNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK6;

    public IReadOnlyList<BidStatistic> BidStatistics { get => field ?? []; init; }

    /// <summary>Why direct award was justified, for a direct award.</summary>
    public string? DirectAwardJustification { get; init; }
}
