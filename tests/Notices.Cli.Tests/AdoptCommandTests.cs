using System.Text.Json.Nodes;
using Xunit;

namespace Notices.Cli.Tests;

public sealed class AdoptCommandTests : IDisposable
{
    private readonly CliRun files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Adopt_ContractAwardRelease_PrintsNoticesAwardsNextNoticeAndWhatIsDue()
    {
        var (exit, output, error) = CliRun.Run("adopt", CliRun.Sample("029664-2025_UK6.json"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var lines = output.TrimEnd().Split(Environment.NewLine);
        Assert.Equal("Procurement ocds-h6vhtk-04e9fb: pEPR Efficiency & Effectiveness (E&E) LA Improvement Action Process (IAP) Pilot Scheme", lines[0]);
        Assert.Contains("  2025-06-03  029664-2025  UK6 Contract award notice", lines);
        Assert.Contains("Award 1: pending, £151,552.80 including VAT; Ricardo-AEA Limited (GB-COH-08229264)", lines);
        Assert.Contains("Next notice: UK7 or UK12", lines);
        Assert.Contains("  by 2025-06-12: Do not enter into the contract until the standstill period has ended (s.51)", lines);
    }

    [Fact]
    public void Adopt_Help_SaysItOnlyPlansAndTheApiRegisters()
    {
        var (exit, output, _) = CliRun.Run("adopt", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Prints the plan only; the API registers the procurement", output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void Adopt_Json_GivesThePlanWithDueDays()
    {
        var (exit, output, _) = CliRun.Run("adopt", "--json", CliRun.Sample("083608-2026_UK7.json"));

        Assert.Equal(0, exit);
        var plan = JsonNode.Parse(output)!;
        Assert.Equal("ocds-h6vhtk-06f19e", (string?)plan["ocid"]);
        Assert.Equal("UK7", (string?)plan["notices"]![0]!["type"]);
        Assert.Equal("UK11", (string?)plan["nextNotices"]![2]);
        Assert.Equal("2026-10-19", (string?)plan["obligations"]![0]!["due"]);
        Assert.Equal("s.80", (string?)plan["obligations"]![0]!["section"]);
        Assert.Equal("subCentral", (string?)plan["buyer"]!["authorityType"]);
        Assert.Equal("large", (string?)plan["suppliers"]![0]!["scale"]);
        Assert.Equal("active", (string?)plan["awards"]![0]!["status"]);
    }

    [Fact]
    public void Adopt_ReleasesOfTwoProcurements_OneLineOnStandardErrorAndExitTwo()
    {
        var (exit, output, error) = CliRun.Run("adopt", CliRun.Sample("029664-2025_UK6.json"), CliRun.Sample("083608-2026_UK7.json"));

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("The notices belong to 2 procurements", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Adopt_NoticeJsonInsteadOfARelease_SaysItIsNotARelease()
    {
        var path = files.File("tender.json", Domain.Notices.NoticeJson.Serialize(Testing.Notices.SampleNotices.Tender));

        var (exit, _, error) = CliRun.Run("adopt", path);

        Assert.Equal(2, exit);
        Assert.Contains("not an OCDS release Find a Tender published", error, StringComparison.Ordinal);
    }
}
