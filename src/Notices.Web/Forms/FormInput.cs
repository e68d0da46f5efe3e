using System.Globalization;
using Notices.Domain.Time;

namespace Notices.Web.Forms;

/// <summary>
/// Reads typed values from a form's text, each failure reported against the field with a GOV.UK-style
/// message that names the field. A failed read returns null and the page changes nothing.
/// </summary>
internal sealed class FormInput(FormValues values, FormErrors errors)
{
    public string? Text(string name) => values.Text(name);

    /// <summary>An amount of money or a count: digits with optional commas, pound sign and decimals.</summary>
    public decimal? Decimal(string name, string label)
    {
        var text = values.Text(name);
        if (text is null)
        {
            return null;
        }

        var cleaned = text.Replace(",", "", StringComparison.Ordinal).Replace("£", "", StringComparison.Ordinal).Trim();
        if (decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        errors.Add(name, $"{label} must be a number, like 4000000 or 4,000,000.50");
        return null;
    }

    /// <summary>A GOV.UK date input: null when all three parts are empty.</summary>
    public DateOnly? Date(string name, string label)
    {
        string?[] parts = [values.Text($"{name}-day"), values.Text($"{name}-month"), values.Text($"{name}-year")];
        if (parts.All(p => p is null))
        {
            return null;
        }

        string[] names = ["day", "month", "year"];
        var missing = names.Where((_, i) => parts[i] is null).ToList();
        if (missing.Count > 0)
        {
            errors.Add(FieldView.AnchorFor(name, FieldKind.Date), $"{label} must include a {string.Join(" and ", missing)}");
            return null;
        }

        if (int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= global::System.DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        errors.Add(FieldView.AnchorFor(name, FieldKind.Date), $"{label} must be a real date, like 27 3 2026");
        return null;
    }

    /// <summary>A date input and a 24-hour time (for example 14:30), read as UK local time.</summary>
    public DateTimeOffset? DateAndTime(string name, string label)
    {
        var day = Date(name, label);
        var timeText = values.Text($"{name}-time");
        if (day is null)
        {
            if (timeText is not null && errors.For(FieldView.AnchorFor(name, FieldKind.Date)) is null)
            {
                errors.Add(FieldView.AnchorFor(name, FieldKind.Date), $"{label} must include a day, month and year as well as the time");
            }

            return null;
        }

        var time = TimeOnly.MinValue;
        if (timeText is not null
            && !TimeOnly.TryParseExact(timeText, ["H:mm", "HH:mm", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            errors.Add($"{FieldIds.For(name)}-time", $"{label} must have a time in 24-hour form, like 12:00 or 17:30");
            return null;
        }

        return UkLocal(day.Value, time);
    }

    /// <summary>The instant that is <paramref name="time"/> on <paramref name="day"/> in the UK (GMT or BST).</summary>
    public static DateTimeOffset UkLocal(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        // In the hour the clocks go forward a local time does not exist; read it as the hour after.
        while (UkTime.Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, UkTime.Zone.GetUtcOffset(local));
    }
}
