namespace Notices.Domain.Notices;

/// <summary>The outcome of validating a notice: valid when there is nothing to fix.</summary>
public sealed record ValidationResult(IReadOnlyList<ValidationError> Errors)
{
    public static ValidationResult Valid { get; } = new([]);

    public bool IsValid => Errors.Count == 0;
}
