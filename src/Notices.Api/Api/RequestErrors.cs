namespace Notices.Api;

/// <summary>Collects what is wrong with a request, field by field, before anything is sent to the workflow.</summary>
internal sealed class RequestErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Text(string field, string? value, string message, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, message);
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"Use {maxLength} characters or fewer");
        }
    }

    public void Required<T>(string field, T? value, string message)
        where T : struct
    {
        if (value is null)
        {
            Add(field, message);
        }
    }

    public void Money(string field, decimal? value, string message)
    {
        if (value is not > 0)
        {
            Add(field, message);
        }
    }

    public void Add(string field, string message) => _errors.TryAdd(field, [message]);

    public IResult Problem() => Problems.Validation(_errors);
}
