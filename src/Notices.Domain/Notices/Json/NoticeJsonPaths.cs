using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Notices.Domain.Notices;

/// <summary>
/// Finds the model type a field path points at, by walking the source-generated metadata from the
/// notice type named in the JSON. Used only to explain a field that could not be read.
/// </summary>
internal static class NoticeJsonPaths
{
    public static Type? TypeAt(string json, string path)
    {
        var type = NoticeTypeIn(json);
        if (type is null || path == "$")
        {
            return null;
        }

        foreach (var segment in path.Split('.'))
        {
            var name = segment;
            var indexes = 0;
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                name = segment[..bracket];
                indexes = segment.Count(c => c == '[');
            }

            type = PropertyType(type, name);
            for (var i = 0; i < indexes && type is not null; i++)
            {
                type = ElementType(type);
            }

            if (type is null)
            {
                return null;
            }
        }

        return type;
    }

    private static Type? NoticeTypeIn(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty(NoticeJson.TypeProperty, out var discriminator))
            {
                return null;
            }

            var name = discriminator.GetString();
            return NoticeJsonContext.Default.Notice.PolymorphismOptions?.DerivedTypes
                .FirstOrDefault(d => (string?)d.TypeDiscriminator == name).DerivedType;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Type? PropertyType(Type type, string name)
    {
        var info = NoticeJsonContext.Default.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        if (info is not { Kind: JsonTypeInfoKind.Object })
        {
            return null;
        }

        return info.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType;
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
