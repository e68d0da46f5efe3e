using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;
using Notices.Domain.Time;
using Notices.Testing.Notices;
using Xunit;

namespace Notices.Domain.Tests.Ocds;

public sealed class OcdsReleaseReaderTests
{
    public static TheoryData<string> DraftedTypes() => new(SampleNotices.All.Select(n => n.Type.ToString()));

    public static TheoryData<string> Samples() => [FtsSamples.TenderNotice, FtsSamples.ContractAwardNotice, FtsSamples.ContractDetailsNotice];

    private static readonly PublicationContext Context = new(SampleNotices.Ocid, "083674-2026", new DateTimeOffset(2026, 11, 30, 10, 15, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(DraftedTypes))]
    public void ReadThenWrite_EveryDraftedType_TheModelAloneGivesBackTheSameRelease(string type)
    {
        var notice = SampleNotices.All.Single(n => n.Type.ToString() == type) with
        {
            Ocid = Context.Ocid,
            Publication = new Publication(Context.NoticeId, Context.Published),
        };
        var release = OcdsReleaseWriter.Write(notice, Context);

        // Without the release it was read from, the model must carry everything that was rendered.
        var read = OcdsReleaseReader.Read(release) with { PublishedRelease = null };

        Assert.Equal(release, OcdsReleaseWriter.Write(read, Context));
        Assert.Equal(notice.Title, read.Title);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ReadThenWrite_FindATenderSample_KeepsItsMeaning(string file)
    {
        var original = FtsSamples.Read(file);

        var notice = OcdsReleaseReader.Read(original);
        var rendered = OcdsReleaseWriter.Write(notice, PublicationContext.Of(notice)!);

        Assert.Equal(ReleaseMeaning.Of(original), ReleaseMeaning.Of(rendered));
        Assert.Empty(ReleaseSchema.Validate(rendered));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ReleaseSchema_FindATenderSample_IsValid(string file) =>
        Assert.Empty(ReleaseSchema.Validate(FtsSamples.Read(file)));

    [Fact]
    public void Read_TenderNoticeSample_GivesTheLotsValuesAndDeadlines()
    {
        var notice = Assert.IsType<TenderNotice>(OcdsReleaseReader.Read(FtsSamples.Read(FtsSamples.TenderNotice)));

        Assert.Equal("ocds-h6vhtk-06f17d", notice.Ocid);
        Assert.Equal("083563-2026", notice.Publication!.NoticeId);
        Assert.Equal("Science Museum Group", notice.Buyer!.Name);
        Assert.Equal(new OrganisationIdentifier("GB-PPON", "PDTR-3338-MNPG"), notice.Buyer.Identifier);
        Assert.Equal(5, notice.Lots.Count);
        Assert.Equal(60000m, notice.Lots[0].Value!.AmountGross);
        Assert.Equal(["92521000", "92521100"], notice.Lots[0].Classifications.Select(c => c.Id));
        Assert.Equal(["UKD3"], notice.Lots[0].DeliveryRegions);
        Assert.Equal(70m, notice.Lots[0].AwardCriteria[1].Weight);
        Assert.Equal(Procedure.Open, notice.Procedure);
        Assert.Equal(new DateTimeOffset(2026, 9, 25, 17, 0, 0, TimeSpan.FromHours(1)), notice.EnquiryDeadline);
        Assert.Contains(notice.Documents, d => d.DocumentType == "biddingDocuments");
    }

    [Fact]
    public void Read_ContractAwardSample_StandstillIsEightWorkingDaysFromPublication()
    {
        var notice = Assert.IsType<ContractAwardNotice>(OcdsReleaseReader.Read(FtsSamples.Read(FtsSamples.ContractAwardNotice)));

        Assert.Equal(5, notice.Suppliers.Count);
        Assert.Equal(5, notice.Awards.Count);
        var standstill = Deadlines.Standstill(UkTime.DateOf(notice.Publication!.Published));
        Assert.Equal(standstill.EndsAt, notice.Awards[0].StandstillEnd);
        Assert.Equal(AwardStatus.Active, notice.Awards[3].Status);
        Assert.Null(notice.Awards[3].StandstillEnd);
        Assert.Equal(new OrganisationIdentifier("GB-CHC", "1159512"), notice.Suppliers[4].Identifier);
        Assert.Equal(Procurement.AuthorityType.CentralGovernment, notice.Buyer!.AuthorityType);
    }

    [Fact]
    public void Read_ContractDetailsSample_GivesTheSignatureLightTouchAndFtsNumberedSupplier()
    {
        var notice = Assert.IsType<ContractDetailsNotice>(OcdsReleaseReader.Read(FtsSamples.Read(FtsSamples.ContractDetailsNotice)));

        Assert.Equal(Procurement.SpecialRegime.LightTouch, notice.SpecialRegime);
        Assert.Equal(Procedure.BelowThresholdLimited, notice.Procedure);
        Assert.Equal(new DateTimeOffset(2026, 9, 3, 0, 0, 0, TimeSpan.Zero), notice.Contracts[0].DateSigned);
        Assert.Equal(new OrganisationIdentifier("GB-FTS", "185095"), notice.Suppliers[0].Identifier);
        Assert.False(notice.Contracts[0].AboveThreshold);
    }

    [Fact]
    public void Read_Samples_SubcontractingAndSubmissionTermsInTheModel()
    {
        var award = Assert.IsType<ContractAwardNotice>(OcdsReleaseReader.Read(FtsSamples.Read(FtsSamples.ContractAwardNotice)));
        var tender = Assert.IsType<TenderNotice>(OcdsReleaseReader.Read(FtsSamples.Read(FtsSamples.TenderNotice)));

        var subcontract = Assert.Single(award.Awards[1].Subcontracts);
        Assert.Equal(["GB-COH-00414220"], subcontract.MainContractorIds);
        Assert.Equal("Name: PA Holdings Limited Legal Form: Private Limited Company", subcontract.Description);
        Assert.Empty(award.Awards[3].Subcontracts);
        Assert.Equal(ElectronicSubmission.Allowed, tender.ElectronicSubmission);
        Assert.Equal(["en"], tender.SubmissionLanguages);
    }

    [Fact]
    public void WriteThenRead_SubmissionTermsAndSubcontracts_TheModelAloneKeepsThem()
    {
        var tender = SampleNotices.Tender with { ElectronicSubmission = ElectronicSubmission.Required, SubmissionLanguages = ["en", "cy"] };
        var subcontract = new Subcontract { Id = "1", Description = "Vehicle maintenance: Fleet Care Ltd.", MainContractorIds = [SampleNotices.GreenBins.Identifier!.PartyId] };
        var award = SampleNotices.ContractAward with { Awards = [SampleNotices.ContractAward.Awards[0] with { Subcontracts = [subcontract] }] };

        var readTender = Assert.IsType<TenderNotice>(OcdsReleaseReader.Read(OcdsReleaseWriter.Write(tender, Context)));
        var readAward = Assert.IsType<ContractAwardNotice>(OcdsReleaseReader.Read(OcdsReleaseWriter.Write(award, Context)));

        Assert.Equal(ElectronicSubmission.Required, readTender.ElectronicSubmission);
        Assert.Equal(["en", "cy"], readTender.SubmissionLanguages);
        Assert.Equal(subcontract.Description, Assert.Single(readAward.Awards[0].Subcontracts).Description);
        Assert.Equal(subcontract.MainContractorIds, readAward.Awards[0].Subcontracts[0].MainContractorIds);
    }

    [Fact]
    public void Read_ReleasePackageWithOneRelease_ReadsTheRelease()
    {
        var package = $$"""{"uri":"x","releases":[{{FtsSamples.Read(FtsSamples.ContractDetailsNotice)}}]}""";

        Assert.IsType<ContractDetailsNotice>(OcdsReleaseReader.Read(package));
    }

    [Fact]
    public void Read_ReleaseWithoutNoticeType_SaysWhereFindATenderPutsIt()
    {
        var release = JsonNode.Parse(FtsSamples.Read(FtsSamples.ContractDetailsNotice))!;
        release["contracts"]![0]!["documents"]![0]!.AsObject().Remove("noticeType");

        var e = Assert.Throws<NoticeFormatException>(() => OcdsReleaseReader.Read(release.ToJsonString()));

        Assert.Equal("documents[].noticeType", e.Field);
    }

    [Fact]
    public void Read_NoticeTypeNotDrafted_IsReadAndRendersBackAsPublished()
    {
        var release = JsonNode.Parse(FtsSamples.Read(FtsSamples.ContractDetailsNotice))!;
        release["contracts"]![0]!["documents"]![0]!["noticeType"] = "UK15";

        var notice = OcdsReleaseReader.Read(release.ToJsonString());

        var modification = Assert.IsType<DynamicMarketModificationNotice>(notice);
        Assert.Equal("star cab daventry limited", Assert.Single(modification.Suppliers).Name);
        Assert.True(JsonNode.DeepEquals(release, JsonNode.Parse(OcdsReleaseWriter.Write(notice, PublicationContext.Of(notice)!))));
    }

    [Fact]
    public void Read_NoticeTypeThatDoesNotExist_NamesTheDocument()
    {
        var release = JsonNode.Parse(FtsSamples.Read(FtsSamples.ContractDetailsNotice))!;
        release["contracts"]![0]!["documents"]![0]!["noticeType"] = "UK18";

        var e = Assert.Throws<NoticeFormatException>(() => OcdsReleaseReader.Read(release.ToJsonString()));

        Assert.Equal("contracts[0].documents[0].noticeType", e.Field);
        Assert.Contains("numbered UK1 to UK17", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ImpossibleDate_NamesTheField()
    {
        var release = JsonNode.Parse(FtsSamples.Read(FtsSamples.ContractAwardNotice))!;
        release["awards"]![1]!["standstillPeriod"]!["endDate"] = "2025-06-31T23:59:59+01:00";

        var e = Assert.Throws<NoticeFormatException>(() => OcdsReleaseReader.Read(release.ToJsonString()));

        Assert.Equal("awards[1].standstillPeriod.endDate", e.Field);
    }

    [Fact]
    public void Read_UnknownAwardStatus_ListsTheCodes()
    {
        var release = JsonNode.Parse(FtsSamples.Read(FtsSamples.ContractAwardNotice))!;
        release["awards"]![0]!["status"] = "won";

        var e = Assert.Throws<NoticeFormatException>(() => OcdsReleaseReader.Read(release.ToJsonString()));

        Assert.Equal("awards[0].status", e.Field);
        Assert.Contains("pending, active, cancelled, unsuccessful", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_GivesTheLine()
    {
        var e = Assert.Throws<NoticeFormatException>(() => OcdsReleaseReader.Read("{\"ocid\": \n}"));

        Assert.Contains("not valid JSON (line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PackageOfTwoReleases_AsksForOneAtATime()
    {
        var sample = FtsSamples.Read(FtsSamples.ContractDetailsNotice);

        var e = Assert.Throws<NoticeFormatException>(() => OcdsReleaseReader.Read($$"""{"releases":[{{sample}},{{sample}}]}"""));

        Assert.Equal("releases", e.Field);
    }
}
