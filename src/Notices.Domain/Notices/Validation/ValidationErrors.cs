namespace Notices.Domain.Notices;

/// <summary>Collects errors while the rules run; allocates nothing for a valid notice.</summary>
internal sealed class ValidationErrors
{
    private List<ValidationError>? errors;

    public void Add(string path, string message) => (errors ??= []).Add(new ValidationError(path, message));

    public ValidationResult ToResult() => errors is null ? ValidationResult.Valid : new ValidationResult(errors);
}
