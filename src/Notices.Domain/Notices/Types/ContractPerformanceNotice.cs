using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// UK9 contract performance notice (s.71, reg 39): a KPI assessment for the period, or the details of
/// a breach that led to termination, damages or a settlement, or of a failure to improve.
/// </summary>
public sealed record ContractPerformanceNotice : ContractStageNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK9;

    public DatePeriod? AssessmentPeriod { get; init; }
    public IReadOnlyList<KpiAssessment> KpiAssessments { get => field ?? []; init; }
    public PerformanceBreach? Breach { get; init; }
}
