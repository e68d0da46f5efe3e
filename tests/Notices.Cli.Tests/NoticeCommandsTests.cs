using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Notices.Testing.Notices;
using Xunit;

namespace Notices.Cli.Tests;

public sealed class NoticeCommandsTests : IDisposable
{
    private readonly CliRun files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Validate_CompleteNotice_PrintsValidAndExitsZero()
    {
        var path = files.File("tender.json", NoticeJson.Serialize(SampleNotices.Tender));

        var (exit, output, error) = CliRun.Run("validate", path);

        Assert.Equal(0, exit);
        Assert.Equal("valid" + Environment.NewLine, output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Validate_NoticeWithTwoProblems_PrintsOnePathAndMessageLineEachAndExitsOne()
    {
        var notice = SampleNotices.Tender with { Title = null, EnquiryDeadline = SampleNotices.Tender.TenderDeadline!.Value.AddDays(2) };
        var path = files.File("tender.json", NoticeJson.Serialize(notice));

        var (exit, output, error) = CliRun.Run("validate", path);

        Assert.Equal(1, exit);
        var lines = output.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.Equal("title: Enter a title for the procurement.", lines[0]);
        Assert.StartsWith("enquiryDeadline: The deadline for clarification questions", lines[1], StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("029664-2025_UK6.json")]
    [InlineData("083563-2026_UK4.json")]
    [InlineData("083608-2026_UK7.json")]
    public void Validate_ReleaseFindATenderPublished_IsValid(string sample)
    {
        var (exit, output, _) = CliRun.Run("validate", CliRun.Sample(sample));

        Assert.Equal(0, exit);
        Assert.Equal("valid", output.Trim());
    }

    [Fact]
    public void Import_Release_PrintsTheNoticeJsonThatRendersBackToTheSameRelease()
    {
        var sample = CliRun.Sample("029664-2025_UK6.json");

        var (exit, output, error) = CliRun.Run("import", sample);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var notice = Assert.IsType<ContractAwardNotice>(NoticeJson.Deserialize(output));
        Assert.Equal("ocds-h6vhtk-04e9fb", notice.Ocid);
        var (renderExit, release, _) = CliRun.Run("render", files.File("uk6.json", output));
        Assert.Equal(0, renderExit);
        var original = JsonNode.Parse(File.ReadAllText(sample))!;
        var rendered = JsonNode.Parse(release)!;
        Assert.Equal((string?)original["ocid"], (string?)rendered["ocid"]);
        Assert.Equal((string?)original["id"], (string?)rendered["id"]);
        Assert.Equal(
            original["awards"]!.AsArray().Select(a => (decimal?)a!["value"]!["amountGross"]),
            rendered["awards"]!.AsArray().Select(a => (decimal?)a!["value"]!["amountGross"]));
    }

    [Fact]
    public void Render_DraftWithPublicationOptions_PrintsTheRelease()
    {
        var path = files.File("award.json", NoticeJson.Serialize(SampleNotices.ContractAward));

        var (exit, output, error) = CliRun.Run("render", path, "--ocid", "ocds-h6vhtk-0a1b2c", "--notice-id", "083674-2026", "--published", "2026-11-30T10:15:00+00:00");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var release = JsonNode.Parse(output)!;
        Assert.Equal("083674-2026", (string?)release["id"]);
        Assert.Equal("UK6", (string?)release["awards"]![0]!["documents"]![0]!["noticeType"]);
    }

    [Fact]
    public void Render_UnpublishedDraftWithoutOptions_SaysWhichOptionsToGive()
    {
        var path = files.File("pipeline.json", NoticeJson.Serialize(SampleNotices.Pipeline));

        var (exit, output, error) = CliRun.Run("render", path);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("The notice has not been published, so give --ocid, --notice-id, --published to say how Find a Tender publishes it." + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("validate", "missing.json", "no such file")]
    [InlineData("import", "missing.json", "no such file")]
    [InlineData("render", "missing.json", "no such file")]
    public void Verb_MissingFile_OneLineOnStandardErrorAndExitTwo(string verb, string file, string expected)
    {
        var (exit, output, error) = CliRun.Run(verb, Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), file));

        AssertBadInput(exit, output, error, expected);
    }

    [Fact]
    public void Validate_MalformedJson_OneLineOnStandardErrorAndExitTwo()
    {
        var path = files.File("broken.json", "{ \"noticeType\": \"UK4\", ");

        var (exit, output, error) = CliRun.Run("validate", path);

        AssertBadInput(exit, output, error, "not valid JSON");
    }

    [Fact]
    public void Validate_UnknownNoticeType_OneLineOnStandardErrorAndExitTwo()
    {
        var path = files.File("uk99.json", """{ "noticeType": "UK99", "title": "Cleaning" }""");

        var (exit, output, error) = CliRun.Run("validate", path);

        AssertBadInput(exit, output, error, "noticeType: 'UK99' is not a notice type this service drafts");
    }

    [Fact]
    public void Validate_ImpossibleDate_OneLineOnStandardErrorAndExitTwo()
    {
        var path = files.File("date.json", """{ "noticeType": "UK11", "terminationDate": "2026-02-29T00:00:00+00:00" }""");

        var (exit, output, error) = CliRun.Run("validate", path);

        AssertBadInput(exit, output, error, "terminationDate: is not a valid date and time");
    }

    [Fact]
    public void Import_NoticeInsteadOfRelease_SaysToRenderIt()
    {
        var path = files.File("tender.json", NoticeJson.Serialize(SampleNotices.Tender));

        var (exit, output, error) = CliRun.Run("import", path);

        AssertBadInput(exit, output, error, "render it instead");
    }

    [Fact]
    public void Render_ImpossiblePublicationDate_OneLineOnStandardErrorAndExitTwo()
    {
        var path = files.File("award.json", NoticeJson.Serialize(SampleNotices.ContractAward));

        var (exit, output, error) = CliRun.Run("render", path, "--ocid", "ocds-h6vhtk-0a1b2c", "--notice-id", "083674-2026", "--published", "2026-13-01");

        AssertBadInput(exit, output, error, "--published: '2026-13-01' is not a date and time");
    }

    [Fact]
    public void Validate_NoFile_OneLineOnStandardErrorAndExitTwo()
    {
        var (exit, output, error) = CliRun.Run("validate");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Validate_BuiltExecutable_ReadsAPublishedReleaseAndExitsZero()
    {
        var (exit, output, error) = CliRun.RunBuilt("validate", CliRun.Sample("083563-2026_UK4.json"));

        Assert.Equal(0, exit);
        Assert.Equal("valid", output.Trim());
        Assert.Equal(string.Empty, error);
    }

    private static void AssertBadInput(int exit, string output, string error, string expected)
    {
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
