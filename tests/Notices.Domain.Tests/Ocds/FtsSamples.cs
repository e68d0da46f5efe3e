namespace Notices.Domain.Tests.Ocds;

/// <summary>Three releases Find a Tender published (Open Government Licence v3), copied beside the tests.</summary>
public static class FtsSamples
{
    public const string TenderNotice = "083563-2026_UK4.json";
    public const string ContractAwardNotice = "029664-2025_UK6.json";
    public const string ContractDetailsNotice = "083608-2026_UK7.json";

    public static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ocds", "Samples", file));
}
