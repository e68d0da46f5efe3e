using System.Globalization;
using System.Text.RegularExpressions;

namespace Notices.Web.Forms;

/// <summary>
/// Which lot or row a field of a repeated group belongs to, in words: <c>lots[1].awardCriteria[0].name</c> is
/// "Lot 2, award criterion 1". An error summary lists every message at the top of the page, away from its input, so
/// "Enter the lot's title" alone does not say which lot.
/// </summary>
internal static partial class RowLabels
{
    /// <summary>The label of every row the path passes through, or null when it passes through none.</summary>
    public static string? For(string? fieldPath)
    {
        if (string.IsNullOrEmpty(fieldPath))
        {
            return null;
        }

        var rows = IndexedSegment().Matches(fieldPath)
            .Select(m => $"{Singular(Words(m.Groups["name"].Value))} {int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) + 1}")
            .ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var label = string.Join(", ", rows);
        return char.ToUpperInvariant(label[0]) + label[1..];
    }

    /// <summary>The message, led by the row it is about unless it already names it.</summary>
    public static string Prefix(string? fieldPath, string message) =>
        For(fieldPath) is { } label && !message.Contains(label, StringComparison.OrdinalIgnoreCase)
            ? $"{label}: {message}"
            : message;

    private static string Words(string camel) => CamelBoundary().Replace(camel, " $1").ToLowerInvariant();

    private static string Singular(string words) => words switch
    {
        _ when words.EndsWith("criteria", StringComparison.Ordinal) => words[..^1] + "on",
        _ when words.EndsWith("ies", StringComparison.Ordinal) => words[..^3] + "y",
        _ when words.EndsWith('s') => words[..^1],
        _ => words,
    };

    [GeneratedRegex(@"(?<name>[A-Za-z]+)\[(?<index>\d+)\]")]
    private static partial Regex IndexedSegment();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CamelBoundary();
}
