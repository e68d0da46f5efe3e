using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;
using Notices.Domain.Tests.Ocds;
using Notices.Testing.Notices;
using Xunit;

namespace Notices.Domain.Tests.Notices;

/// <summary>
/// Reading a published release accepts what Find a Tender published for the notice type, warning about
/// what drafting here would have asked for; it refuses only a release that is not a notice of its type.
/// </summary>
public sealed class PublishedNoticeCheckTests
{
    public static TheoryData<string> Samples() => new(FtsSamples.All);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Check_SampleRelease_IsReadable(string file)
    {
        var result = PublishedNoticeCheck.Check(OcdsReleaseReader.Read(FtsSamples.Read(file)));

        Assert.True(result.IsReadable, string.Join(Environment.NewLine, result.Refusals));
    }

    [Theory]
    [InlineData("UK1", "estimatedTenderNoticeDate")]
    [InlineData("UK6", "procedure")]
    [InlineData("UK10", "amendment.ground")]
    [InlineData("UK10", "suppliers")]
    [InlineData("UK12", "decisionDate")]
    public void Check_ReleaseWithoutWhatDraftingRequires_ReadsWithAWarningWhereDraftingRefuses(string type, string field)
    {
        var release = Release(type);
        Strip(release, type);
        var notice = OcdsReleaseReader.Read(release.ToJsonString());

        var result = PublishedNoticeCheck.Check(notice);

        Assert.True(result.IsReadable, string.Join(Environment.NewLine, result.Refusals));
        Assert.Contains(result.Warnings, w => w.Path == field);
        Assert.Contains(NoticeValidator.Validate(notice).Errors, e => e.Path == field);
    }

    [Theory]
    [InlineData("UK6", "awards")]
    [InlineData("UK7", "contracts")]
    [InlineData("UK10", "amendment")]
    [InlineData("UK11", "contractId")]
    public void Check_ReleaseMissingWhatMakesItThatNotice_IsRefusedNamingIt(string type, string field)
    {
        var release = Release(type);
        switch (type)
        {
            case "UK6":
                // The notice document moves to the tender so that the release still says it is a UK6.
                release["tender"]!["documents"] = release["awards"]![0]!["documents"]!.DeepClone();
                release.AsObject().Remove("awards");
                break;
            case "UK7":
                release["awards"]![0]!["documents"] = release["contracts"]![0]!["documents"]!.DeepClone();
                release.AsObject().Remove("contracts");
                break;
            case "UK10":
                release["contracts"]![0]!.AsObject().Remove("amendments");
                break;
            default:
                release["tender"]!["documents"] = release["contracts"]![0]!["documents"]!.DeepClone();
                release.AsObject().Remove("contracts");
                break;
        }

        var result = PublishedNoticeCheck.Check(OcdsReleaseReader.Read(release.ToJsonString()));

        var refusal = Assert.Single(result.Refusals);
        Assert.Equal(field, refusal.Path);
        Assert.Contains($"not a {type}", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoticeReadButNotDrafted_IsReadableWithoutDraftingWarnings()
    {
        var release = JsonNode.Parse(FtsSamples.Read(FtsSamples.ContractDetailsNotice))!;
        release["contracts"]![0]!["documents"]![0]!["noticeType"] = "UK17";

        var result = PublishedNoticeCheck.Check(OcdsReleaseReader.Read(release.ToJsonString()));

        Assert.True(result.IsReadable);
        Assert.Empty(result.Warnings);
    }

    private static JsonNode Release(string type) => JsonNode.Parse(
        OcdsReleaseWriter.Write(SampleNotices.All.Single(n => n.Type.ToString() == type), BuiltReleases.Context))!;

    /// <summary>Takes out what real releases of the type were seen without.</summary>
    private static void Strip(JsonNode release, string type)
    {
        var tender = release["tender"]!.AsObject();
        switch (type)
        {
            case "UK1":
                tender.Remove("communication");
                break;
            case "UK6":
                tender.Remove("procurementMethod");
                tender.Remove("procurementMethodDetails");
                break;
            case "UK10":
                var parties = release["parties"]!.AsArray();
                foreach (var supplier in parties.Where(p => p!["roles"]!.AsArray().Any(r => (string?)r == "supplier")).ToList())
                {
                    parties.Remove(supplier);
                }

                release["contracts"]![0]!["amendments"]![0]!.AsObject().Remove("rationaleClassifications");
                break;
            case "UK12":
                tender.Remove("finalStatusDate");
                break;
        }
    }
}
