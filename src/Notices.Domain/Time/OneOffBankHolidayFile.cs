using System.Globalization;

namespace Notices.Domain.Time;

/// <summary>
/// Reads <c>OneOffBankHolidays.txt</c>, compiled into this assembly: the proclaimed one-off days and
/// moved holidays, and the span of years the file has been checked for.
/// </summary>
internal sealed record OneOffBankHolidayFile(int FirstYear, int LastYear, IReadOnlyList<OneOffChange> Changes)
{
    private const string ResourceName = "Notices.Domain.Time.OneOffBankHolidays.txt";

    public static OneOffBankHolidayFile LoadEmbedded()
    {
        using var stream = typeof(OneOffBankHolidayFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static OneOffBankHolidayFile Parse(string text)
    {
        int? firstYear = null;
        int? lastYear = null;
        var changes = new List<OneOffChange>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;

            if (line.StartsWith("covers:", StringComparison.Ordinal))
            {
                var span = line["covers:".Length..].Trim().Split('-');
                if (span.Length != 2 || !int.TryParse(span[0], CultureInfo.InvariantCulture, out var first)
                    || !int.TryParse(span[1], CultureInfo.InvariantCulture, out var last) || last < first)
                    throw Bad(lineNumber, "'covers:' must be followed by two years, for example 2020-2035");
                (firstYear, lastYear) = (first, last);
                continue;
            }

            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 4)
                throw Bad(lineNumber, "expected four fields: date | add or remove | nations | name");
            if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw Bad(lineNumber, $"'{fields[0]}' is not a date in the form YYYY-MM-DD");
            var kind = fields[1] switch
            {
                "add" => OneOffKind.Add,
                "remove" => OneOffKind.Remove,
                _ => throw Bad(lineNumber, $"'{fields[1]}' must be 'add' or 'remove'"),
            };
            if (!Enum.TryParse<UkNations>(fields[2], ignoreCase: false, out var nations) || nations == UkNations.None
                || (nations & ~UkNations.All) != 0 || int.TryParse(fields[2], CultureInfo.InvariantCulture, out _))
                throw Bad(lineNumber, $"'{fields[2]}' must be EnglandAndWales, Scotland, NorthernIreland, All, or a comma-separated list of them");
            if (fields[3].Length == 0)
                throw Bad(lineNumber, "the holiday needs a name");
            changes.Add(new OneOffChange(date, kind, nations, fields[3]));
        }

        if (firstYear is null || lastYear is null)
            throw new FormatException("The one-off bank holiday file has no 'covers:' line saying which years it was checked for.");
        var outside = changes.FirstOrDefault(c => c.Date.Year < firstYear || c.Date.Year > lastYear);
        if (outside is not null)
            throw new FormatException($"The one-off bank holiday on {outside.Date:yyyy-MM-dd} lies outside the years the file covers ({firstYear}-{lastYear}).");
        return new OneOffBankHolidayFile(firstYear.Value, lastYear.Value, changes);
    }

    private static FormatException Bad(int lineNumber, string problem) =>
        new($"One-off bank holiday file, line {lineNumber}: {problem}.");
}

internal enum OneOffKind
{
    Add,
    Remove,
}

internal sealed record OneOffChange(DateOnly Date, OneOffKind Kind, UkNations Nations, string Name);
