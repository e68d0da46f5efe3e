namespace Notices.Domain.Notices;

/// <summary>One award criterion of a lot, with its weighting as a percentage where one is set.</summary>
public sealed record AwardCriterion
{
    public AwardCriterionType Type { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Percentage weighting (0 to 100); the weightings of a lot add up to 100.</summary>
    public decimal? Weight { get; init; }
}

/// <summary>The award criteria extension's criterion types.</summary>
public enum AwardCriterionType
{
    Quality,
    Cost,
    Price,
}
