using System.Globalization;
using System.Text.Json.Nodes;

namespace Notices.Web.Forms.NoticeForms;

/// <summary>
/// Reads and writes a notice's JSON by the paths its validation errors use, such as
/// <c>lots[1].value.amountGross</c>: property names separated by dots, array positions in brackets.
/// </summary>
internal static class JsonPath
{
    private readonly record struct Step(string? Name, int Index);

    public static JsonNode? Get(JsonNode? root, string path)
    {
        var node = root;
        foreach (var step in Parse(path))
        {
            node = (step.Name, node) switch
            {
                (not null, JsonObject o) => o[step.Name],
                (null, JsonArray a) when step.Index < a.Count => a[step.Index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Sets the value at <paramref name="path"/>, making the objects and array places on the way; null removes it.</summary>
    public static void Set(JsonObject root, string path, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(root);
        var steps = Parse(path);
        JsonNode parent = root;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            var child = Child(parent, steps[i], arrayNext: steps[i + 1].Name is null, create: value is not null);
            if (child is null)
            {
                return;
            }

            parent = child;
        }

        var last = steps[^1];
        if (last.Name is not null && parent is JsonObject obj)
        {
            if (value is null)
            {
                obj.Remove(last.Name);
            }
            else
            {
                obj[last.Name] = value;
            }
        }
        else if (last.Name is null && parent is JsonArray array)
        {
            while (array.Count <= last.Index)
            {
                array.Add(new JsonObject());
            }

            array[last.Index] = value ?? new JsonObject();
        }
    }

    /// <summary>Removes empty objects from arrays and objects, bottom up: rows of a form left blank are not part of the notice.</summary>
    public static void Prune(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    Prune(child);
                    if (child is JsonObject { Count: 0 })
                    {
                        o.Remove(key);
                    }
                }

                break;
            case JsonArray a:
                for (var i = a.Count - 1; i >= 0; i--)
                {
                    Prune(a[i]);
                    if (a[i] is JsonObject { Count: 0 } or null)
                    {
                        a.RemoveAt(i);
                    }
                }

                break;
            default:
                break;
        }
    }

    private static JsonNode? Child(JsonNode parent, Step step, bool arrayNext, bool create)
    {
        if (step.Name is not null && parent is JsonObject o)
        {
            if (o[step.Name] is { } existing)
            {
                return existing;
            }

            if (!create)
            {
                return null;
            }

            JsonNode made = arrayNext ? new JsonArray() : new JsonObject();
            o[step.Name] = made;
            return made;
        }

        if (step.Name is null && parent is JsonArray a)
        {
            if (step.Index < a.Count && a[step.Index] is { } existing)
            {
                return existing;
            }

            if (!create)
            {
                return null;
            }

            while (a.Count <= step.Index)
            {
                a.Add(arrayNext ? new JsonArray() : new JsonObject());
            }

            return a[step.Index];
        }

        return null;
    }

    private static List<Step> Parse(string path)
    {
        var steps = new List<Step>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            steps.Add(new Step(bracket < 0 ? part : part[..bracket], 0));
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                steps.Add(new Step(null, int.Parse(part.AsSpan(bracket + 1, close - bracket - 1), NumberStyles.None, CultureInfo.InvariantCulture)));
                bracket = part.IndexOf('[', close);
            }
        }

        return steps;
    }
}
