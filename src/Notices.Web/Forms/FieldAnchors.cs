namespace Notices.Web.Forms;

/// <summary>
/// Which input an error is about, from the path of the field it names: the input for that path, else the
/// input it is part of (<c>buyer.identifier</c> for <c>buyer.identifier.id</c>), else the first input
/// inside it (<c>suppliers[0].name</c> for <c>suppliers</c>), else the form's first input.
/// </summary>
internal static class FieldAnchors
{
    public static string For(IReadOnlyList<(string Name, FieldKind Kind)> fields, string? path)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (path is not null)
        {
            int? exact = null, container = null, inside = null;
            for (var i = 0; i < fields.Count; i++)
            {
                var name = fields[i].Name;
                if (string.Equals(name, path, StringComparison.OrdinalIgnoreCase))
                {
                    exact ??= i;
                }
                else if (Inside(path, name) && (container is null || name.Length > fields[container.Value].Name.Length))
                {
                    container = i;
                }
                else if (Inside(name, path))
                {
                    inside ??= i;
                }
            }

            if ((exact ?? container ?? inside) is { } found)
            {
                return FieldView.AnchorFor(fields[found].Name, fields[found].Kind);
            }
        }

        return FieldView.AnchorFor(fields[0].Name, fields[0].Kind);
    }

    private static bool Inside(string path, string parent) =>
        path.Length > parent.Length && path.StartsWith(parent, StringComparison.OrdinalIgnoreCase) && path[parent.Length] is '.' or '[';
}
