using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notices.Domain.Tests.Ocds;

/// <summary>
/// Releases as Find a Tender might have published them: a given release with one field changed at a
/// time, to another value of its kind. Times move a day and keep how they were written (a time in UTC
/// stays <c>Z</c>), amounts grow and keep their decimals, flags flip, free text gains words. Identifiers
/// and codes are left as they are: changing them makes a different release, not a different value.
/// </summary>
public static class ReleaseMutations
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "ocid", "id", "awardID", "relatedLot", "relatedLots", "tag", "roles", "scheme", "noticeType", "documentType",
        "status", "measure", "currency", "country", "region", "type", "weight", "procurementMethod",
        "mainProcurementCategory", "specialRegime", "electronicSubmissionPolicy", "languages", "language",
        "format", "scale", "initiationType", "uri",
    };

    public static IEnumerable<(string Field, string Release)> Of(string releaseJson)
    {
        var root = JsonNode.Parse(releaseJson)!;
        foreach (var (steps, value) in Leaves(root, []))
        {
            var name = steps.OfType<string>().LastOrDefault();
            if (name is null || Kept.Contains(name) || Mutated(value) is not { } mutated)
            {
                continue;
            }

            var copy = root.DeepClone();
            var parent = steps.SkipLast(1).Aggregate(copy, (node, step) => step is string key ? node[key]! : node[(int)step]!);
            if (steps[^1] is string last)
            {
                parent[last] = mutated;
            }
            else
            {
                parent[(int)steps[^1]] = mutated;
            }

            yield return (string.Join(".", steps), copy.ToJsonString());
        }
    }

    private static IEnumerable<(List<object> Steps, JsonValue Value)> Leaves(JsonNode node, List<object> steps)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    if (child is not null)
                    {
                        foreach (var leaf in Leaves(child, [.. steps, key]))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } child)
                    {
                        foreach (var leaf in Leaves(child, [.. steps, i]))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
            case JsonValue v:
                yield return (steps, v);
                break;
        }
    }

    private static JsonNode? Mutated(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True => JsonValue.Create(false),
        JsonValueKind.False => JsonValue.Create(true),
        JsonValueKind.Number => JsonNode.Parse(Grown(value.ToJsonString())),
        JsonValueKind.String => JsonValue.Create(Changed(value.GetValue<string>())),
        _ => null,
    };

    /// <summary>The number plus one, written with the same number of decimals (126294.0 becomes 126295.0).</summary>
    private static string Grown(string raw)
    {
        var decimals = raw.Contains('.', StringComparison.Ordinal) ? raw.Length - raw.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var grown = decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture) + 1;
        return grown.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A time a day later, its offset written as before; any other text with words added.</summary>
    private static string Changed(string text)
    {
        if (text.Length >= 20 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time))
        {
            return time.AddDays(1).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) + text[19..];
        }

        return text + " (as amended)";
    }
}
