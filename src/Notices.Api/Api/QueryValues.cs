namespace Notices.Api;

/// <summary>
/// Reads a value from the query, naming the parameter and listing what it may be when it cannot, rather than
/// leaving it to binding (whose refusal names neither).
/// </summary>
internal static class QueryValues
{
    /// <summary>The enum value named by <paramref name="text"/> (any case), none when it is empty, or a problem listing the names.</summary>
    public static (TEnum? Value, IResult? Problem) Enum<TEnum>(string field, string? text)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        // By name only: Enum.TryParse would also take a number, which no answer ever shows.
        var name = text.Trim();
        return !char.IsAsciiDigit(name[0]) && name[0] != '-' && System.Enum.TryParse<TEnum>(name, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? (value, null)
            : (null, Problems.Validation(field, $"'{name}' is not one of: {Names<TEnum>()}"));
    }

    /// <summary>The names an enum parameter takes, as the API's description and its refusals list them.</summary>
    public static string Names<TEnum>()
        where TEnum : struct, System.Enum => string.Join(", ", System.Enum.GetNames<TEnum>());
}
