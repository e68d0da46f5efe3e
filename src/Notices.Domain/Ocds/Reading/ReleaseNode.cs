using System.Globalization;
using System.Text.Json;
using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

/// <summary>
/// A JSON value in a release with its path, so that anything unreadable is reported by field
/// (<c>awards[0].standstillPeriod.endDate</c>). Nulls, which Find a Tender writes for empty fields, read as absent.
/// </summary>
internal readonly struct ReleaseNode(JsonElement element, string path)
{
    public JsonElement Element => element;
    public string Path => path;

    public ReleaseNode? Get(string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return new ReleaseNode(value, Child(name));
    }

    public string? String(string name) => Get(name) is { } node ? node.AsString() : null;

    public string AsString() => element.ValueKind == JsonValueKind.String
        ? element.GetString()!
        : throw new NoticeFormatException(path, "should be text in quotes.");

    public decimal? Number(string name)
    {
        if (Get(name) is not { } node)
        {
            return null;
        }

        return node.Element.ValueKind == JsonValueKind.Number && node.Element.TryGetDecimal(out var value)
            ? value
            : throw new NoticeFormatException(node.Path, "should be a number.");
    }

    public bool? Bool(string name)
    {
        if (Get(name) is not { } node)
        {
            return null;
        }

        return node.Element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new NoticeFormatException(node.Path, "should be true or false."),
        };
    }

    public DateTimeOffset? Date(string name)
    {
        if (String(name) is not { } text)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
            ? date
            : throw new NoticeFormatException(Child(name), $"'{text}' is not a valid date and time; it should be ISO 8601, such as 2025-06-12T23:59:59+01:00.");
    }

    public TEnum? Code<TEnum>(string name)
        where TEnum : struct, Enum
    {
        if (String(name) is not { } code)
        {
            return null;
        }

        return EnumCodes<TEnum>.TryParse(code, out var value)
            ? value
            : throw new NoticeFormatException(Child(name), $"'{code}' is not one of the codes allowed here: {EnumCodes<TEnum>.AllowedCodes}.");
    }

    public IEnumerable<ReleaseNode> Array(string name)
    {
        if (Get(name) is not { } node)
        {
            yield break;
        }

        if (node.Element.ValueKind != JsonValueKind.Array)
        {
            throw new NoticeFormatException(node.Path, "should be a list in square brackets.");
        }

        var i = 0;
        foreach (var item in node.Element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Null)
            {
                yield return new ReleaseNode(item, $"{node.Path}[{i}]");
            }

            i++;
        }
    }

    public IReadOnlyList<string> Strings(string name) => [.. Array(name).Select(n => n.AsString())];

    private string Child(string name) => path.Length == 0 ? name : $"{path}.{name}";
}
