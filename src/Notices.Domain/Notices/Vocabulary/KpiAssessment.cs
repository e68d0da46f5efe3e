namespace Notices.Domain.Notices;

/// <summary>How the supplier performed against one KPI in the period assessed (reg 39(3)-(5)).</summary>
public sealed record KpiAssessment
{
    public string? KpiId { get; init; }
    public string? KpiTitle { get; init; }
    public KpiRating? Rating { get; init; }
    public string? Comment { get; init; }
}

/// <summary>The ratings reg 39 allows.</summary>
public enum KpiRating
{
    Good,
    ApproachingTarget,
    RequiresImprovement,
    Inadequate,
    Other,
}
