using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notices.Domain.Ocds;

/// <summary>
/// Lays a release rendered from the notice model over the release Find a Tender published for it, so that
/// a published notice rendered again keeps every field it was published with. The model's values win
/// where they differ in meaning; where they mean the same (the same instant at the same offset, the same
/// number) the published text stands, so <c>Z</c> stays <c>Z</c> and <c>126294.0</c> stays as it was.
/// Fields the model does not hold are kept as published. Lists of objects with ids are matched by id.
/// </summary>
internal static class ReleaseOverlay
{
    public static JsonNode Merge(JsonElement published, JsonNode rendered) =>
        Merge(JsonNode.Parse(published.GetRawText()), rendered)!;

    private static JsonNode? Merge(JsonNode? published, JsonNode? rendered) => (published, rendered) switch
    {
        (null, _) => rendered?.DeepClone(),
        (_, null) => published.DeepClone(),
        (JsonObject p, JsonObject r) => MergeObjects(p, r),
        (JsonArray p, JsonArray r) => ById(p) is { } publishedById && ById(r) is { } renderedById
            ? MergeById(p, publishedById, r, renderedById)
            : MergeByPosition(p, r),
        (JsonValue p, JsonValue r) => SameMeaning(p, r) ? p.DeepClone() : r.DeepClone(),
        _ => rendered.DeepClone(),
    };

    private static JsonObject MergeObjects(JsonObject published, JsonObject rendered)
    {
        var merged = new JsonObject();
        foreach (var (name, value) in published)
        {
            merged[name] = rendered.TryGetPropertyValue(name, out var renderedValue) ? Merge(value, renderedValue) : value?.DeepClone();
        }

        foreach (var (name, value) in rendered)
        {
            if (!published.ContainsKey(name))
            {
                merged[name] = value?.DeepClone();
            }
        }

        return merged;
    }

    private static JsonArray MergeById(JsonArray published, Dictionary<string, JsonNode> publishedById, JsonArray rendered, Dictionary<string, JsonNode> renderedById)
    {
        var merged = new JsonArray();
        foreach (var item in published)
        {
            var id = (string)item!["id"]!;
            merged.Add(renderedById.TryGetValue(id, out var renderedItem) ? Merge(item, renderedItem) : item.DeepClone());
        }

        foreach (var item in rendered)
        {
            if (!publishedById.ContainsKey((string)item!["id"]!))
            {
                merged.Add(item.DeepClone());
            }
        }

        return merged;
    }

    private static JsonArray MergeByPosition(JsonArray published, JsonArray rendered)
    {
        var merged = new JsonArray();
        for (var i = 0; i < Math.Max(published.Count, rendered.Count); i++)
        {
            merged.Add(Merge(i < published.Count ? published[i] : null, i < rendered.Count ? rendered[i] : null));
        }

        return merged;
    }

    /// <summary>The items by id, when every item is an object with a string id used once; otherwise null.</summary>
    private static Dictionary<string, JsonNode>? ById(JsonArray array)
    {
        var byId = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var item in array)
        {
            if (item is not JsonObject o || o["id"] is not JsonValue idValue || idValue.GetValueKind() != JsonValueKind.String
                || !byId.TryAdd(idValue.GetValue<string>(), o))
            {
                return null;
            }
        }

        return byId.Count > 0 ? byId : null;
    }

    private static bool SameMeaning(JsonValue published, JsonValue rendered)
    {
        var kind = published.GetValueKind();
        if (kind != rendered.GetValueKind())
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.Number => published.TryGetValue<decimal>(out var p) && rendered.TryGetValue<decimal>(out var r)
                ? p == r
                : published.ToJsonString() == rendered.ToJsonString(),
            JsonValueKind.String => SameText(published.GetValue<string>(), rendered.GetValue<string>()),
            _ => JsonNode.DeepEquals(published, rendered),
        };
    }

    /// <summary>ISO 8601 with a time and an offset, as releases write them: <c>2025-06-12T23:59:59+01:00</c>.</summary>
    private static bool LooksLikeATime(string text) => text.Length is >= 20 and <= 35 && text[4] == '-' && text[10] == 'T';

    private static bool SameText(string published, string rendered) =>
        published == rendered
        || (LooksLikeATime(published) && LooksLikeATime(rendered)
            && DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var p)
            && DateTimeOffset.TryParse(rendered, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var r)
            && p == r && p.Offset == r.Offset);
}
