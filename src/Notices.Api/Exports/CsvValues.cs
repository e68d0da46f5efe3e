using System.Globalization;

namespace Notices.Api.Exports;

/// <summary>
/// How the exports write values: for a spreadsheet or another system to read, not for a person, so
/// dates are ISO 8601 and amounts plain numbers in pounds, whatever the culture of the server.
/// </summary>
internal static class CsvValues
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Day(DateOnly? day) => day is { } d ? Day(d) : null;

    public static string Instant(DateTimeOffset? instant) =>
        instant is { } i ? i.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "";

    public static string Pounds(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
