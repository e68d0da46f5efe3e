using System.Globalization;
using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Notices.Domain.Time;

namespace Notices.Web.Forms.NoticeForms;

/// <summary>
/// Moves a notice between its JSON and a form: the form's text from the JSON, and the JSON from what was
/// posted. Fields the form does not show are kept as they were, so a form never loses what it does not ask.
/// </summary>
internal static class NoticeFormBinder
{
    public static FormValues ToValues(JsonObject content, IReadOnlyList<NoticeSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var values = new FormValues();
        foreach (var field in sections.SelectMany(s => s.Fields))
        {
            var node = JsonPath.Get(content, field.Path);
            switch (field.Value)
            {
                case NoticeValue.Day or NoticeValue.EndOfDay or NoticeValue.Moment:
                    var instant = Instant(node) is { } at ? TimeZoneInfo.ConvertTime(at, UkTime.Zone) : (DateTimeOffset?)null;
                    values.SetDate(field.Path, instant is { } i ? DateOnly.FromDateTime(i.DateTime) : null);
                    if (field.Value == NoticeValue.Moment)
                    {
                        values.Set($"{field.Path}-time", instant?.ToString("HH:mm", CultureInfo.InvariantCulture));
                    }

                    break;
                case NoticeValue.Identifier:
                    values.Set(field.Path, node is JsonObject id ? $"{id["scheme"]}-{id["id"]}" : null);
                    break;
                case NoticeValue.CpvCodes:
                    values.Set(field.Path, node is JsonArray codes ? string.Join(", ", codes.Select(c => c?["id"]?.ToString())) : null);
                    break;
                case NoticeValue.Codes:
                    values.Set(field.Path, node is JsonArray items ? string.Join(", ", items.Select(c => c?.ToString())) : null);
                    break;
                default:
                    values.Set(field.Path, node is JsonValue ? node.ToString() : null);
                    break;
            }
        }

        return values;
    }

    /// <summary>
    /// Writes the posted fields into <paramref name="content"/>. Text that cannot be read (a date that is not
    /// a date, a word where an amount goes) is reported against its field and leaves the JSON unchanged there.
    /// </summary>
    public static void Apply(JsonObject content, IReadOnlyList<NoticeSection> sections, FormInput input, FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var field in sections.SelectMany(s => s.Fields))
        {
            var label = field.Label.Replace(" (optional)", "", StringComparison.Ordinal);
            var text = input.Text(field.Path);
            JsonNode? value;
            switch (field.Value)
            {
                case NoticeValue.Amount:
                    var amount = input.Decimal(field.Path, label);
                    if (amount is null && text is not null)
                    {
                        continue;
                    }

                    value = amount is { } a ? JsonValue.Create(a) : null;
                    break;
                case NoticeValue.Day or NoticeValue.EndOfDay:
                    var day = input.Date(field.Path, label);
                    if (day is null && HasDateText(input, field.Path))
                    {
                        continue;
                    }

                    value = day is { } d ? JsonValue.Create(field.Value == NoticeValue.Day ? UkTime.StartOfDay(d) : UkTime.EndOfDay(d)) : null;
                    break;
                case NoticeValue.Moment:
                    var moment = input.DateAndTime(field.Path, label);
                    if (moment is null && (HasDateText(input, field.Path) || input.Text($"{field.Path}-time") is not null))
                    {
                        continue;
                    }

                    value = moment is { } m ? JsonValue.Create(m) : null;
                    break;
                case NoticeValue.Choice:
                    if (text is not null && field.Options!.All(o => o.Value != text))
                    {
                        errors.Add(field.Path, $"Select {label.ToLowerInvariant()} from the list");
                        continue;
                    }

                    value = text is null ? null : JsonValue.Create(text);
                    break;
                case NoticeValue.YesNo:
                    value = text switch { "true" => JsonValue.Create(true), "false" => JsonValue.Create(false), _ => null };
                    break;
                case NoticeValue.Identifier:
                    if (text is null)
                    {
                        value = null;
                        break;
                    }

                    if (OrganisationIdentifier.FromPartyId(text) is not { } identifier)
                    {
                        errors.Add(field.Path, $"{label} must start with its register, like GB-PPON-ABCD-1234-EFGH, GB-COH-08229264 or GB-CHC-1159512");
                        continue;
                    }

                    value = new JsonObject { ["scheme"] = identifier.Scheme, ["id"] = identifier.Id };
                    break;
                case NoticeValue.CpvCodes:
                    value = text is null ? null : new JsonArray([.. Split(text).Select(code => (JsonNode)new JsonObject { ["scheme"] = Classification.Cpv, ["id"] = code })]);
                    break;
                case NoticeValue.Codes:
                    value = text is null ? null : new JsonArray([.. Split(text).Select(code => (JsonNode)JsonValue.Create(code))]);
                    break;
                default:
                    value = text is null ? null : JsonValue.Create(text);
                    break;
            }

            JsonPath.Set(content, field.Path, value);
        }

        JsonPath.Prune(content);
        NoticeDefaults.Complete(content);
    }

    // A date read from stored JSON is text; one the page has just made is still a DateTimeOffset.
    private static DateTimeOffset? Instant(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<DateTimeOffset>(out var instant) => instant,
        JsonValue v when v.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        _ => null,
    };

    private static readonly string[] DateParts = ["day", "month", "year"];

    private static bool HasDateText(FormInput input, string path) =>
        DateParts.Any(part => input.Text($"{path}-{part}") is not null);

    private static string[] Split(string text) =>
        text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
