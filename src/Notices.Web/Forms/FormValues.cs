namespace Notices.Web.Forms;

/// <summary>
/// The raw text of a form's fields by name: what was posted (so a page with errors shows exactly what
/// the user typed) or what the page starts with.
/// </summary>
internal sealed class FormValues
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static FormValues From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = new FormValues();
        foreach (var (key, value) in form)
        {
            values._values[key] = value.ToString();
        }

        return values;
    }

    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public void Set(string name, string? value) => _values[name] = value;

    /// <summary>The trimmed text, or null when the field was left empty.</summary>
    public string? Text(string name) => string.IsNullOrWhiteSpace(Get(name)) ? null : Get(name)!.Trim();

    /// <summary>Sets a date field's parts from <paramref name="day"/>.</summary>
    public void SetDate(string name, DateOnly? day)
    {
        Set($"{name}-day", day?.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set($"{name}-month", day?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set($"{name}-year", day?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
