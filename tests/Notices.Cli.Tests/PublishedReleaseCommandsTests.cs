using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Xunit;

namespace Notices.Cli.Tests;

/// <summary><c>validate --published</c>, <c>import</c> and <c>render</c> over releases as Find a Tender published them.</summary>
public sealed class PublishedReleaseCommandsTests : IDisposable
{
    private readonly CliRun files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("029664-2025_UK6.json", "UK6 contract award notice 029664-2025: read as published")]
    [InlineData("083563-2026_UK4.json", "UK4 tender notice 083563-2026: read as published")]
    [InlineData("083608-2026_UK7.json", "UK7 contract details notice 083608-2026: read as published")]
    public void ValidatePublished_SampleRelease_SaysWhatItIsAndExitsZero(string sample, string expected)
    {
        var (exit, output, error) = CliRun.Run("validate", "--published", CliRun.Sample(sample));

        Assert.Equal(0, exit);
        Assert.Equal(expected, output.TrimEnd().Split(Environment.NewLine)[0]);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void ValidatePublished_ReleaseWithoutAProcedure_WarnsWhereDraftingRefuses()
    {
        var release = Sample("029664-2025_UK6.json");
        release["tender"]!.AsObject().Remove("procurementMethod");
        release["tender"]!.AsObject().Remove("procurementMethodDetails");
        var path = files.File("uk6.json", release.ToJsonString());

        var (readExit, read, _) = CliRun.Run("validate", "--published", path);
        var (draftExit, drafted, _) = CliRun.Run("validate", path);

        Assert.Equal(0, readExit);
        Assert.Equal("warning: procedure: Say which procedure was used to award the contract.", read.TrimEnd().Split(Environment.NewLine)[1]);
        Assert.Equal(1, draftExit);
        Assert.Equal("procedure: Say which procedure was used to award the contract.", drafted.Trim());
    }

    [Fact]
    public void Import_ReleaseWithoutAProcedure_PrintsTheNoticeAndWarnsOnStandardError()
    {
        var release = Sample("029664-2025_UK6.json");
        release["tender"]!.AsObject().Remove("procurementMethod");
        release["tender"]!.AsObject().Remove("procurementMethodDetails");

        var (exit, output, error) = CliRun.Run("import", files.File("uk6.json", release.ToJsonString()));

        Assert.Equal(0, exit);
        Assert.Null(Assert.IsType<ContractAwardNotice>(NoticeJson.Deserialize(output)).Procedure);
        Assert.Equal("warning: procedure: Say which procedure was used to award the contract.", error.Trim());
    }

    [Fact]
    public void ValidatePublished_AwardNoticeWithoutAwards_IsRefusedWithExitOne()
    {
        var release = Sample("029664-2025_UK6.json");
        release["tender"]!["documents"] = release["awards"]![0]!["documents"]!.DeepClone();
        release.AsObject().Remove("awards");
        var path = files.File("uk6.json", release.ToJsonString());

        var (exit, output, _) = CliRun.Run("validate", "--published", path);

        Assert.Equal(1, exit);
        Assert.StartsWith("awards: A contract award notice announces at least one award", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportValidateRender_DynamicMarketModificationNotice_IsReadShownAndRenderedBackAsPublished()
    {
        var release = Sample("083608-2026_UK7.json");
        release["contracts"]![0]!["documents"]![0]!["noticeType"] = "UK15";
        var path = files.File("uk15.json", release.ToJsonString());

        var (validateExit, validated, _) = CliRun.Run("validate", "--published", path);
        var (importExit, imported, _) = CliRun.Run("import", path);
        var (renderExit, rendered, _) = CliRun.Run("render", files.File("uk15-notice.json", imported));

        Assert.Equal(0, validateExit);
        Assert.Equal("UK15 dynamic market modification notice 083608-2026: read as published (read and shown; this product does not draft it)", validated.Trim());
        Assert.Equal(0, importExit);
        Assert.IsType<DynamicMarketModificationNotice>(NoticeJson.Deserialize(imported));
        Assert.Equal(0, renderExit);
        Assert.True(JsonNode.DeepEquals(release, JsonNode.Parse(rendered)));
    }

    [Theory]
    [InlineData("029664-2025_UK6.json")]
    [InlineData("083563-2026_UK4.json")]
    [InlineData("083608-2026_UK7.json")]
    public void ImportThenRender_SampleRelease_GivesBackTheSameRelease(string sample)
    {
        var (_, imported, _) = CliRun.Run("import", CliRun.Sample(sample));

        var (exit, rendered, error) = CliRun.Run("render", files.File("notice.json", imported));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.True(JsonNode.DeepEquals(Sample(sample), JsonNode.Parse(rendered)));
    }

    [Fact]
    public void Render_NoticeReadButNotDraftedWithoutItsRelease_SaysItIsNotDraftedAndExitsTwo()
    {
        var path = files.File("uk15.json", """{ "noticeType": "UK15", "ocid": "ocds-h6vhtk-06f19e", "title": "Passenger transport" }""");

        var (exit, output, error) = CliRun.Run("render", path, "--notice-id", "083608-2026", "--published", "2026-09-03T16:12:41+01:00");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("UK15 is a notice this product reads from Find a Tender but does not draft", error, StringComparison.Ordinal);
    }

    private static JsonNode Sample(string name) => JsonNode.Parse(File.ReadAllText(CliRun.Sample(name)))!;
}
