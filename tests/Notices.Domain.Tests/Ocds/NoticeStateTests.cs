using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;
using Notices.Testing.Notices;
using Xunit;

namespace Notices.Domain.Tests.Ocds;

/// <summary>Each drafted notice rendered in the state Find a Tender gives it, and with nothing it leaves out.</summary>
public sealed class NoticeStateTests
{
    [Fact]
    public void Write_TransparencyNotice_TenderAndLotsCompleteAwardsPendingOptionsKept()
    {
        var notice = SampleNotices.Transparency with
        {
            Lots = [.. SampleNotices.Transparency.Lots.Select(l => l with { Options = "Garden waste may be added in year 3.", Renewal = "Two renewals of one year." })],
        };

        var release = Render(notice);

        Assert.Equal("complete", (string?)release["tender"]!["status"]);
        Assert.All(release["tender"]!["lots"]!.AsArray(), lot =>
        {
            Assert.Equal("complete", (string?)lot!["status"]);
            Assert.Equal("Garden waste may be added in year 3.", (string?)lot["options"]!["description"]);
            Assert.Equal("Two renewals of one year.", (string?)lot["renewal"]!["description"]);
        });
        Assert.All(release["awards"]!.AsArray(), award => Assert.Equal("pending", (string?)award!["status"]));
        var read = OcdsReleaseReader.Read(release.ToJsonString()) as ProcurementNotice;
        Assert.Equal("Garden waste may be added in year 3.", read!.Lots[0].Options);
    }

    [Fact]
    public void Write_AwardNoticeStartedFromAPublishedTenderNotice_LotsTakeTheAwardNoticesStatus()
    {
        var lots = SampleNotices.ContractAward.Lots.Select(l => l with { Status = LotStatus.Active }).ToList();

        var release = Render(SampleNotices.ContractAward with { Lots = lots });

        Assert.All(release["tender"]!["lots"]!.AsArray(), lot => Assert.Equal("complete", (string?)lot!["status"]));
    }

    [Fact]
    public void Validate_TransparencyNoticeWithAnActiveAward_AsksForItToBePending()
    {
        var notice = SampleNotices.Transparency with { Awards = [SampleNotices.Transparency.Awards[0] with { Status = AwardStatus.Active }] };

        Assert.Contains(NoticeValidator.Validate(notice).Errors, e => e.Path == "awards[0].status");
    }

    [Fact]
    public void Write_ContractChangeNotice_RestatesTheContractAsModified()
    {
        var period = new DatePeriod
        {
            StartDate = new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.FromHours(1)),
            EndDate = new DateTimeOffset(2033, 3, 31, 23, 59, 59, TimeSpan.FromHours(1)),
            MaxExtentDate = new DateTimeOffset(2035, 3, 31, 23, 59, 59, TimeSpan.FromHours(1)),
        };
        var change = SampleNotices.ContractChange with { Amendment = SampleNotices.ContractChange.Amendment! with { Period = period } };

        var contract = Render(change)["contracts"]![0]!;

        Assert.Equal(5_160_000m, (decimal?)contract["value"]!["amountGross"]);
        Assert.Equal(4_300_000m, (decimal?)contract["value"]!["amount"]);
        Assert.Equal("2033-03-31T23:59:59+01:00", (string?)contract["period"]!["endDate"]);
        Assert.Equal("2035-03-31T23:59:59+01:00", (string?)contract["period"]!["maxExtentDate"]);
        Assert.Equal((string?)contract["period"]!["endDate"], (string?)contract["amendments"]![0]!["period"]!["endDate"]);
    }

    [Fact]
    public void Write_ProcurementTerminationNotice_WithdrawsTenderAndLotsAndCancelsOpenAwards()
    {
        var termination = SampleNotices.ProcurementTermination with { LotIds = ["1", "2"], AwardIds = ["1", "2"] };

        var release = Render(termination);

        Assert.Equal(["tenderCancellation", "awardCancellation"], release["tag"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("withdrawn", (string?)release["tender"]!["status"]);
        Assert.All(release["tender"]!["lots"]!.AsArray(), lot => Assert.Equal("withdrawn", (string?)lot!["status"]));
        var awards = release["awards"]!.AsArray();
        Assert.Equal(["1", "2"], awards.Select(a => (string?)a!["id"]));
        Assert.All(awards, award =>
        {
            Assert.Equal("cancelled", (string?)award!["status"]);
            Assert.Equal((string?)release["tender"]!["finalStatusDate"], (string?)award["finalStatusDate"]);
        });
        Assert.Empty(ReleaseSchema.Validate(release.ToJsonString()));
        Assert.Equal(["1", "2"], Assert.IsType<ProcurementTerminationNotice>(OcdsReleaseReader.Read(release.ToJsonString())).AwardIds);
    }

    [Theory]
    [InlineData("UK5")]
    [InlineData("UK6")]
    [InlineData("UK7")]
    public void Write_AwardStageNotice_CategoryAndCpvCodesOnTheAwardsNotTheTender(string type)
    {
        var release = Render(SampleNotices.All.Single(n => n.Type.ToString() == type));

        var tender = release["tender"]!.AsObject();
        Assert.False(tender.ContainsKey("items"));
        Assert.False(tender.ContainsKey("mainProcurementCategory"));
        Assert.All(release["awards"]!.AsArray(), award =>
        {
            Assert.Equal("services", (string?)award!["mainProcurementCategory"]);
            Assert.NotEmpty(award["items"]!.AsArray());
        });
    }

    [Fact]
    public void ReadThenWrite_ModificationGroundUnderAnotherScheme_IsReadAndKeptAsPublished()
    {
        var release = Render(SampleNotices.ContractChange);
        var classification = release["contracts"]![0]!["amendments"]![0]!["rationaleClassifications"]![0]!;
        classification["scheme"] = "UK_CONTRACT_MODIFICATION_GROUND";

        var notice = Assert.IsType<ContractChangeNotice>(OcdsReleaseReader.Read(release.ToJsonString()));
        var rendered = JsonNode.Parse(OcdsReleaseWriter.Write(notice, PublicationContext.Of(notice)!))!;

        Assert.Equal(ModificationGround.UnforeseeableCircumstances, notice.Amendment!.Ground);
        Assert.Equal("UK_CONTRACT_MODIFICATION_GROUND", (string?)rendered["contracts"]![0]!["amendments"]![0]!["rationaleClassifications"]![0]!["scheme"]);
    }

    private static JsonNode Render(Notice notice) => JsonNode.Parse(OcdsReleaseWriter.Write(notice, BuiltReleases.Context))!;
}
