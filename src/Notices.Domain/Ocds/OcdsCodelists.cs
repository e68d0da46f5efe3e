using System.Collections.Frozen;
using System.Reflection;
using CsvHelper;

namespace Notices.Domain.Ocds;

/// <summary>
/// The OCDS 1.1 codelists Find a Tender's releases draw on, each merged with the UK extension's
/// additions (<c>+documentType.csv</c> and so on). Read once from the embedded CSV files.
/// </summary>
public static class OcdsCodelists
{
    public static FrozenSet<string> Currency { get; } = Load("currency");
    public static FrozenSet<string> DocumentType { get; } = Load("documentType", "+documentType");
    public static FrozenSet<string> ItemClassificationScheme { get; } = Load("itemClassificationScheme", "+itemClassificationScheme");
    public static FrozenSet<string> TenderStatus { get; } = Load("tenderStatus");
    public static FrozenSet<string> AwardStatus { get; } = Load("awardStatus");
    public static FrozenSet<string> Method { get; } = Load("method");

    /// <summary>
    /// Bid statistics measures: the UK extension's final-stage counts plus the bid extension's own
    /// measures that Find a Tender uses (that extension's codelist is not vendored here).
    /// </summary>
    public static FrozenSet<string> BidStatisticMeasure { get; } =
        Load("+bidStatistics").Concat(["bids", "validBids", "smeBids", "foreignBids", "electronicBids", "requests"])
            .ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> Load(params string[] names) =>
        names.SelectMany(ReadCodes).ToFrozenSet(StringComparer.Ordinal);

    private static IEnumerable<string> ReadCodes(string name)
    {
        var resource = name.StartsWith('+') ? $"Notices.Domain.Ocds.Codelists.uk.{name}.csv" : $"Notices.Domain.Ocds.Codelists.{name}.csv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The codelist {name}.csv is not embedded in the domain assembly.");
        using var csv = CsvReader.Create(stream, null);
        var codeColumn = csv.Headers.ToList().IndexOf("Code");
        if (codeColumn < 0)
        {
            throw new InvalidOperationException($"The codelist {name}.csv has no Code column.");
        }

        var codes = new List<string>();
        while (csv.Read())
        {
            if (csv.FieldCount > codeColumn && csv.GetString(codeColumn) is { Length: > 0 } code)
            {
                codes.Add(code);
            }
        }

        return codes;
    }
}
