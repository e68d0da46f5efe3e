using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Notices.Api;

/// <summary>
/// Says what is wrong with a well-formed JSON body that does not fit the request: the field by its JSON path
/// (<c>lots[0].estimatedValue</c>) and what it may hold, in words; never the serializer's message, which names the
/// code's own types.
/// </summary>
internal static class JsonBodyErrors
{
    /// <summary>The field a body-wide problem is reported under.</summary>
    public const string Body = "body";

    public static IResult Explain(JsonException exception, Type root, JsonSerializerOptions options)
    {
        var (field, type, unknown) = Locate(exception.Path, root, options);
        if (unknown is not null || IsUnmapped(exception))
        {
            var name = unknown ?? QuotedName(exception.Message);
            var parent = type ?? root;
            return Problems.Validation(field, $"There is no field '{name}' here. The fields are: {string.Join(", ", FieldsOf(parent, options))}");
        }

        var message = exception is JsonBodyException ours ? ours.Message : WhatGoes(field, type ?? root, options);
        return Problems.Validation(field, message);
    }

    /// <summary>What a field of <paramref name="type"/> holds, as a person would be asked for it.</summary>
    private static string WhatGoes(string field, Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(decimal))
        {
            return Pounds.Refusal;
        }

        if (type.IsEnum)
        {
            var names = Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, options).Trim('"'));
            return $"Give one of: {string.Join(", ", names)}";
        }

        if (type == typeof(string))
        {
            return "Give text, in double quotes";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "Give a whole number, such as 1";
        }

        if (type == typeof(bool))
        {
            return "Give true or false";
        }

        if (type == typeof(DateOnly))
        {
            return "Give a date as YYYY-MM-DD, such as 2025-06-02";
        }

        if (type == typeof(JsonElement))
        {
            return "Give a JSON value";
        }

        var info = options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => "Give a list, in square brackets",
            JsonTypeInfoKind.Object => $"Give {(field == Body ? "the body as " : "")}a JSON object with the fields: {string.Join(", ", FieldsOf(type, options))}",
            _ => "This value is not of the kind this field holds",
        };
    }

    /// <summary>
    /// Follows the serializer's path (<c>$.lots[0].estimatedValue</c>, <c>$['a+b']</c>) through the request's fields: the
    /// field as the API names it, the type found there, and the name of a field the request does not have, if any.
    /// </summary>
    private static (string Field, Type? Type, string? Unknown) Locate(string? path, Type root, JsonSerializerOptions options)
    {
        var field = "";
        Type? type = root;
        foreach (var segment in Segments(path))
        {
            if (segment.Index is { } index)
            {
                field += $"[{index}]";
                type = type is null ? null : ElementOf(type, options);
                continue;
            }

            var name = segment.Name!;
            var property = type is null ? null : PropertyOf(type, name, options);
            if (property is null)
            {
                return (field.Length == 0 ? Body : field, type, name);
            }

            field += (field.Length == 0 ? "" : ".") + property.Name;
            type = property.PropertyType;
        }

        return (field.Length == 0 ? Body : field, type, null);
    }

    private static IEnumerable<(string? Name, int? Index)> Segments(string? path)
    {
        var at = path is not null && path.StartsWith('$') ? 1 : 0;
        while (path is not null && at < path.Length)
        {
            if (path[at] == '.')
            {
                var end = path.IndexOfAny(['.', '['], at + 1);
                end = end < 0 ? path.Length : end;
                yield return (path[(at + 1)..end], null);
                at = end;
            }
            else if (path.AsSpan(at).StartsWith("['", StringComparison.Ordinal))
            {
                var end = path.IndexOf("']", at + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                yield return (path[(at + 2)..end], null);
                at = end + 2;
            }
            else if (path[at] == '[')
            {
                var end = path.IndexOf(']', at);
                end = end < 0 ? path.Length : end;
                yield return (null, int.TryParse(path.AsSpan(at + 1, end - at - 1), out var index) ? index : 0);
                at = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }

    private static JsonPropertyInfo? PropertyOf(Type type, string name, JsonSerializerOptions options)
    {
        var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        return info.Kind == JsonTypeInfoKind.Object
            ? info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private static Type? ElementOf(Type type, JsonSerializerOptions options)
    {
        var info = options.GetTypeInfo(type);
        return info.Kind == JsonTypeInfoKind.Enumerable ? info.ElementType : null;
    }

    private static IEnumerable<string> FieldsOf(Type type, JsonSerializerOptions options)
    {
        var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        return info.Kind == JsonTypeInfoKind.Object ? info.Properties.Select(p => p.Name) : [];
    }

    /// <summary>
    /// Whether the serializer refused a field the request does not have. It says so only in its message, which also
    /// names the type; that message is read here for the field's name and never shown.
    /// </summary>
    private static bool IsUnmapped(JsonException exception) =>
        exception is not JsonBodyException && exception.Message.Contains("could not be mapped", StringComparison.Ordinal);

    private static string QuotedName(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : "?";
    }
}
