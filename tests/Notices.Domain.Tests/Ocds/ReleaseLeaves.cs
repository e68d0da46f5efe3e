using System.Text.Json;

namespace Notices.Domain.Tests.Ocds;

/// <summary>
/// A release as its fields, path by path, each with its value exactly as written (<c>126294.0</c>, a
/// time ending <c>Z</c>). Items of a list that carry ids are named by id (<c>awards[id=3].status</c>),
/// so a field is compared with the same field whatever the order. Empty objects and lists are fields too,
/// so one added where nothing was published is seen.
/// </summary>
public static class ReleaseLeaves
{
    public static SortedDictionary<string, string> Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        var leaves = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(document.RootElement, string.Empty, leaves);
        return leaves;
    }

    /// <summary>One line per field lost, added or changed between the published and the rendered release.</summary>
    public static IReadOnlyList<string> Differences(string published, string rendered)
    {
        var before = Of(published);
        var after = Of(rendered);
        var differences = new List<string>();
        foreach (var (path, value) in before)
        {
            if (!after.TryGetValue(path, out var now))
            {
                differences.Add($"lost {path} = {value}");
            }
            else if (now != value)
            {
                differences.Add($"changed {path}: {value} -> {now}");
            }
        }

        differences.AddRange(after.Keys.Where(p => !before.ContainsKey(p)).Select(p => $"added {p} = {after[p]}"));
        return differences;
    }

    private static void Walk(JsonElement element, string path, SortedDictionary<string, string> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.EnumerateObject().Any():
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", leaves);
                }

                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                var ids = element.EnumerateArray()
                    .Select(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null)
                    .ToList();
                var byId = ids.All(i => i is not null) && ids.Distinct().Count() == ids.Count;
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, byId ? $"{path}[id={ids[index]}]" : $"{path}[{index}]", leaves);
                    index++;
                }

                break;
            case JsonValueKind.String:
                leaves[path] = element.GetString()!;
                break;
            default:
                leaves[path] = element.GetRawText();
                break;
        }
    }
}
