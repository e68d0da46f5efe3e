namespace Notices.Web.Forms;

/// <summary>The HTML id of the input for a model field, as the error summary links to it.</summary>
internal static class FieldIds
{
    public static string For(string field) =>
        string.IsNullOrEmpty(field) ? "main-content" : field.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
