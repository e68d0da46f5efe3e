namespace Notices.Web.Forms;

/// <summary>The HTML id of the input for a model field, as the error summary links to it.</summary>
internal static class FieldIds
{
    public static string For(string field) =>
        string.IsNullOrEmpty(field) ? "main-content" : field.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    /// <summary>
    /// The ids errors about <paramref name="inputs"/> are kept under, in the inputs' order: each input's own id,
    /// and for a date its day, month and year (and a time's time) after it, as the page shows them.
    /// </summary>
    public static IReadOnlyList<string> InOrder(IEnumerable<(string Name, FieldKind Kind)> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var ids = new List<string>();
        foreach (var (name, kind) in inputs)
        {
            var id = For(name);
            ids.Add(id);
            if (kind is FieldKind.Date or FieldKind.DateTime)
            {
                ids.AddRange([id + "-day", id + "-month", id + "-year"]);
            }

            if (kind == FieldKind.DateTime)
            {
                ids.Add(id + "-time");
            }
        }

        return ids;
    }
}
