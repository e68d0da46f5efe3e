using System.Globalization;

namespace Notices.Web.Forms.NoticeForms;

/// <summary>A notice field's value as a reader sees it: dates in words (UK time), choices by their label.</summary>
internal static class NoticeDisplay
{
    public static string Text(NoticeField field, FormValues values)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(values);
        switch (field.Value)
        {
            case NoticeValue.Day or NoticeValue.EndOfDay or NoticeValue.Moment:
                if (!int.TryParse(values.Get($"{field.Path}-day"), CultureInfo.InvariantCulture, out var day)
                    || !int.TryParse(values.Get($"{field.Path}-month"), CultureInfo.InvariantCulture, out var month)
                    || !int.TryParse(values.Get($"{field.Path}-year"), CultureInfo.InvariantCulture, out var year))
                {
                    return "Not given";
                }

                var date = UkDisplay.Day(new DateOnly(year, month, day));
                return field.Value == NoticeValue.Moment && values.Get($"{field.Path}-time") is { } time ? $"{date} at {time}" : date;
            case NoticeValue.Choice or NoticeValue.YesNo:
                var value = values.Get(field.Path);
                return field.ShownOptions!.FirstOrDefault(o => o.Value == value)?.Text ?? "Not given";
            case NoticeValue.Amount when decimal.TryParse(values.Get(field.Path), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount):
                return field.Path.EndsWith("weight", StringComparison.Ordinal) ? $"{amount}%" : UkDisplay.Money(amount);
            default:
                return string.IsNullOrWhiteSpace(values.Get(field.Path)) ? "Not given" : values.Get(field.Path)!;
        }
    }
}
