namespace Notices.Web.Forms;

/// <summary>How a field is entered: each renders as the GOV.UK component for it.</summary>
internal enum FieldKind
{
    Text,
    Email,
    Number,
    TextArea,

    /// <summary>Day, month and year (GOV.UK date input), named <c>{name}-day</c>, <c>-month</c>, <c>-year</c>.</summary>
    Date,

    /// <summary>A date input and a time (24-hour, <c>{name}-time</c>), in UK time.</summary>
    DateTime,
    Radios,
    Select,

    /// <summary>A single checkbox whose value is <c>true</c>.</summary>
    Checkbox,
}

internal sealed record FieldOption(string Value, string Text);

/// <summary>One question on a page: what the shared field partial needs to render it, with its posted value and error.</summary>
internal sealed record FieldView(
    string Name,
    string Label,
    FieldKind Kind,
    FormValues Values,
    string? Error,
    string? Hint = null,
    IReadOnlyList<FieldOption>? Options = null,
    string? Width = null)
{
    /// <summary>The input's id: the name with the characters HTML ids and CSS selectors dislike replaced.</summary>
    public string Id => FieldIds.For(Name);

    /// <summary>Where the error summary links to: the first input of the field.</summary>
    public string AnchorId => AnchorFor(Name, Kind);

    public string? Value => Values.Get(Name);

    public string? Part(string part) => Values.Get($"{Name}-{part}");

    public bool HasError => Error is not null;

    public string? DescribedBy
    {
        get
        {
            var ids = new List<string>();
            if (Hint is not null)
            {
                ids.Add(Id + "-hint");
            }

            if (Error is not null)
            {
                ids.Add(Id + "-error");
            }

            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }

    public static string AnchorFor(string name, FieldKind kind) =>
        kind is FieldKind.Date or FieldKind.DateTime ? FieldIds.For(name) + "-day" : FieldIds.For(name);
}
