using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// UK1 pipeline notice (s.93, reg 15): a public contract over £2 million the authority intends to
/// procure in the 18 months from 1 April, with the estimated date of its tender or transparency notice.
/// </summary>
public sealed record PipelineNotice : ProcurementNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK1;

    public DateTimeOffset? EstimatedTenderNoticeDate { get; init; }
}
