namespace Notices.Domain.Notices;

/// <summary>
/// A breach of contract that led to termination, damages or a settlement, or a failure to improve
/// after being given the opportunity (s.71(5), reg 39(6)-(7)).
/// </summary>
public sealed record PerformanceBreach
{
    /// <summary>The obligation the supplier failed to meet.</summary>
    public string? Requirement { get; init; }

    public string? Description { get; init; }

    /// <summary>Earliest date of the partial termination, damages award or settlement.</summary>
    public DateTimeOffset? PenaltyDate { get; init; }

    public Money? Damages { get; init; }
}
