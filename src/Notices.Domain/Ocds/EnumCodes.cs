using System.Collections.Frozen;
using System.Text.Json;

namespace Notices.Domain.Ocds;

/// <summary>An enum's values as OCDS-style camelCase codes (<c>lightTouch</c>), both ways, computed once.</summary>
internal static class EnumCodes<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Codes =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Codes.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Code(TEnum value) => Codes[value];

    public static bool TryParse(string code, out TEnum value) => Values.TryGetValue(code, out value);

    public static string AllowedCodes => string.Join(", ", Codes.Values);
}
