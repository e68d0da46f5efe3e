namespace Notices.Web.Forms.NoticeForms;

/// <summary>What a notice field holds in the notice JSON, and so how the form reads and writes it.</summary>
internal enum NoticeValue
{
    Text,
    LongText,
    Amount,

    /// <summary>A day, written as midnight at its start, UK time.</summary>
    Day,

    /// <summary>A day, written as 23:59:59 UK time: the end of a period or a standstill.</summary>
    EndOfDay,

    /// <summary>A day and a time, UK time.</summary>
    Moment,

    /// <summary>One of <see cref="NoticeField.Options"/>, as its camelCase JSON name.</summary>
    Choice,
    YesNo,

    /// <summary>An organisation's party id, such as GB-PPON-ABCD-1234-EFGH, written as scheme and id.</summary>
    Identifier,

    /// <summary>CPV codes separated by commas, written as classifications.</summary>
    CpvCodes,

    /// <summary>Codes separated by commas (ITL regions, lot ids, party ids), written as a list of strings.</summary>
    Codes,
}

/// <summary>One question of a notice form, bound to the notice JSON at <see cref="Path"/> (the path validation errors name).</summary>
internal sealed record NoticeField(string Path, string Label, NoticeValue Value, string? Hint = null, IReadOnlyList<FieldOption>? Options = null)
{
    public FieldKind Kind => Value switch
    {
        NoticeValue.LongText => FieldKind.TextArea,
        NoticeValue.Amount => FieldKind.Number,
        NoticeValue.Day or NoticeValue.EndOfDay => FieldKind.Date,
        NoticeValue.Moment => FieldKind.DateTime,
        NoticeValue.Choice => FieldKind.Select,
        NoticeValue.YesNo => FieldKind.Radios,
        _ => FieldKind.Text,
    };

    public IReadOnlyList<FieldOption>? ShownOptions => Value == NoticeValue.YesNo ? YesNo : Options;

    public string AnchorId => FieldView.AnchorFor(Path, Kind);

    private static readonly IReadOnlyList<FieldOption> YesNo = [new("true", "Yes"), new("false", "No")];
}

/// <summary>A group of questions under a heading.</summary>
internal sealed record NoticeSection(string Heading, IReadOnlyList<NoticeField> Fields);
