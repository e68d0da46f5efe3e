using System.Globalization;

namespace Notices.Storage.Tables;

/// <summary>
/// OData literals for <c>$filter</c> expressions, so values are quoted and typed the one right way:
/// <c>$"PartitionKey eq {TableFilter.Literal(pk)} and Due le {TableFilter.Literal(now)}"</c>.
/// </summary>
public static class TableFilter
{
    public static string Literal(object value) => value switch
    {
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTimeOffset d => "datetime'" + d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "'",
        DateTime d when d.Kind == DateTimeKind.Utc => Literal(new DateTimeOffset(d)),
        Guid g => "guid'" + g.ToString("D") + "'",
        byte[] b => "X'" + Convert.ToHexString(b) + "'",
        _ => throw new ArgumentException($"A filter value of type {value?.GetType().Name ?? "null"} has no table literal; use string, int, long, double, bool, a UTC DateTime or DateTimeOffset, Guid or byte[].", nameof(value)),
    };

    /// <summary><c>PartitionKey eq '…'</c>, the filter most queries start from.</summary>
    public static string PartitionKeyEquals(string partitionKey) => "PartitionKey eq " + Literal(partitionKey);
}
