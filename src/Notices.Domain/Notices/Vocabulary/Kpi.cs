namespace Notices.Domain.Notices;

/// <summary>A key performance indicator set under s.52 for a contract over £5 million.</summary>
public sealed record Kpi
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
}
