namespace Notices.Domain.Tests.Ocds;

/// <summary>Releases Find a Tender published (Open Government Licence v3), copied beside the tests.</summary>
public static class FtsSamples
{
    public const string TenderNotice = "083563-2026_UK4.json";
    public const string ContractAwardNotice = "029664-2025_UK6.json";
    public const string ContractDetailsNotice = "083608-2026_UK7.json";

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Ocds", "Samples");

    /// <summary>Every sample in the folder, so that a release added there is covered by every test over them.</summary>
    public static IReadOnlyList<string> All => [.. Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));
}
