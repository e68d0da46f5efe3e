using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Notices.Domain.Notices;

namespace Notices.Web.Forms.NoticeForms;

/// <summary>
/// Writes the notice model's defaults (empty lists, GB, GBP, CPV, pending) into a notice's JSON wherever a
/// property is missing, at every level. The notice JSON reader leaves a missing property empty rather than
/// at its default, and validation expects every list to be there; the JSON the domain writes always has
/// them, and so, with this, does the JSON a form writes.
/// </summary>
internal static class NoticeDefaults
{
    public static void Complete(JsonObject content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content[NoticeJson.TypeProperty]?.ToString() is { } discriminator
            && typeof(Notice).GetCustomAttributes<JsonDerivedTypeAttribute>().FirstOrDefault(a => (string?)a.TypeDiscriminator == discriminator) is { } derived)
        {
            Complete(content, derived.DerivedType);
        }
    }

    /// <summary>The CLR type of the notice with <paramref name="type"/>, from the notice model's own polymorphism.</summary>
    public static Type ClrType(NoticeType type) =>
        typeof(Notice).GetCustomAttributes<JsonDerivedTypeAttribute>().First(a => (string?)a.TypeDiscriminator == type.ToString()).DerivedType;

    private static void Complete(JsonObject json, Type type)
    {
        var defaults = type.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(type) : null;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonIgnoreAttribute>() is not null || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var element = ElementOf(propertyType);
            switch (json[name])
            {
                case null when defaults is not null && property.GetValue(defaults) is { } value:
                    json[name] = value switch
                    {
                        string text => JsonValue.Create(text),
                        bool flag => JsonValue.Create(flag),
                        Enum choice => JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(choice.ToString())),
                        IEnumerable => new JsonArray(),
                        _ => null,
                    };
                    if (json[name] is null)
                    {
                        json.Remove(name);
                    }

                    break;
                case JsonObject child when IsModel(propertyType):
                    Complete(child, propertyType);
                    break;
                case JsonArray items when element is not null && IsModel(element):
                    foreach (var item in items.OfType<JsonObject>())
                    {
                        Complete(item, element);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static bool IsModel(Type type) => type.IsClass && type != typeof(string) && type.Namespace == typeof(Notice).Namespace;

    private static Type? ElementOf(Type type) =>
        type != typeof(string) && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
}
