namespace Notices.Domain.Notices;

/// <summary>A code from a classification scheme; for subject matter, a CPV code such as <c>90711400</c>.</summary>
public sealed record Classification
{
    public const string Cpv = "CPV";

    public string Scheme { get => field ?? Cpv; init; }
    public string? Id { get; init; }
    public string? Description { get; init; }
}
