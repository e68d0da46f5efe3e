using System.Globalization;

namespace Notices.Api;

/// <summary>
/// Reads a value from the query, naming the parameter and listing what it may be when it cannot, rather than
/// leaving it to binding (whose refusal names neither).
/// </summary>
internal static class QueryValues
{
    /// <summary>How many items a page holds when <c>max</c> is not given: the workflow queries' own default.</summary>
    public const int DefaultMax = 50;

    /// <summary>The fewest items a page may be asked for.</summary>
    public const int LeastMax = 1;

    /// <summary>The most items a page may be asked for, so one request cannot read a register whole.</summary>
    public const int MostMax = 200;

    /// <summary>What the <c>max</c> query parameter takes, as the summaries of the lists say it.</summary>
    public static readonly string MaxText = $"max is how many a page holds, from {LeastMax} to {MostMax} ({DefaultMax} unless given)";

    /// <summary>
    /// How many items a page of a list should hold, from the <c>max</c> query parameter: <see cref="DefaultMax"/> when it
    /// is not given (or empty), or a problem naming <c>max</c> when it is not a whole number from <see cref="LeastMax"/> to <see cref="MostMax"/>.
    /// </summary>
    public static (int Value, IResult? Problem) Max(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (DefaultMax, null);
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max is >= LeastMax and <= MostMax
            ? (max, null)
            : (DefaultMax, Problems.Validation("max", $"Ask for from {LeastMax} to {MostMax} at a time"));
    }

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
