using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;
using Notices.Testing.Notices;
using Xunit;

namespace Notices.Domain.Tests.Ocds;

public sealed class OcdsReleaseWriterTests
{
    public static TheoryData<string> DraftedTypes() => new(SampleNotices.All.Select(n => n.Type.ToString()));

    private static readonly PublicationContext Context = new(SampleNotices.Ocid, "083674-2026", new DateTimeOffset(2026, 11, 30, 10, 15, 0, TimeSpan.Zero));

    private static Notice Sample(string type) => SampleNotices.All.Single(n => n.Type.ToString() == type);

    [Theory]
    [MemberData(nameof(DraftedTypes))]
    public void Write_EveryDraftedType_IsValidAgainstTheReleaseSchemaWithTheUkExtension(string type)
    {
        var release = OcdsReleaseWriter.Write(Sample(type), Context);

        var errors = ReleaseSchema.Validate(release);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void ReleaseSchema_BrokenRelease_IsRefused()
    {
        var release = JsonNode.Parse(OcdsReleaseWriter.Write(SampleNotices.ContractAward, Context))!;
        release["tag"] = new JsonArray("awarded");
        release["awards"]![0]!["standstillPeriod"]!["endDate"] = 12;

        var errors = ReleaseSchema.Validate(release.ToJsonString());

        Assert.Equal(2, errors.Count);
    }

    [Theory]
    [InlineData("UK1", "planning", "planning", "plannedProcurementNotice")]
    [InlineData("UK2", "planning", "planning", "marketEngagementNotice")]
    [InlineData("UK3", "planning", "planning", "plannedProcurementNotice")]
    [InlineData("UK4", "tender", "tender", "tenderNotice")]
    [InlineData("UK5", "award,contract", "awards", "awardNotice")]
    [InlineData("UK6", "award,contract", "awards", "awardNotice")]
    [InlineData("UK7", "award,contract", "contracts", "contractNotice")]
    [InlineData("UK9", "implementation", "contracts", "implementationNotice")]
    [InlineData("UK10", "contractAmendment", "contracts", "contractNotice")]
    [InlineData("UK11", "contractTermination", "contracts", "contractTerminationNotice")]
    [InlineData("UK12", "tenderCancellation", "tender", "tenderCancellationNotice")]
    public void Write_EachType_TagsAndNoticeDocumentAsFindATenderPublishesThem(string type, string tags, string home, string documentType)
    {
        var release = JsonNode.Parse(OcdsReleaseWriter.Write(Sample(type), Context))!;

        Assert.Equal(tags, string.Join(",", release["tag"]!.AsArray().Select(t => (string?)t)));
        var section = release[home]!;
        var documents = (section is JsonArray list ? list[0]! : section)["documents"]!.AsArray();
        var noticeDocument = Assert.Single(documents, d => d!["noticeType"] is not null)!;
        Assert.Equal(type, (string?)noticeDocument["noticeType"]);
        Assert.Equal(documentType, (string?)noticeDocument["documentType"]);
        Assert.Equal("083674-2026", (string?)noticeDocument["id"]);
        Assert.Equal("https://www.find-tender.service.gov.uk/Notice/083674-2026", (string?)noticeDocument["url"]);
        Assert.Contains(documentType, (IReadOnlySet<string>)OcdsCodelists.DocumentType);
    }

    [Fact]
    public void Write_ContractAwardNotice_CarriesValuesThresholdAndStandstillPerAward()
    {
        var release = JsonNode.Parse(OcdsReleaseWriter.Write(SampleNotices.ContractAward, Context))!;

        var award = release["awards"]![0]!;
        Assert.Equal(3_900_000m, (decimal?)award["value"]!["amount"]);
        Assert.Equal(4_680_000m, (decimal?)award["value"]!["amountGross"]);
        Assert.Equal("GBP", (string?)award["value"]!["currency"]);
        Assert.True((bool?)award["aboveThreshold"]);
        Assert.Equal("2026-12-10T23:59:59+00:00", (string?)award["standstillPeriod"]!["endDate"]);
        Assert.Equal("futureSignatureDate", (string?)award["milestones"]![0]!["type"]);
        Assert.Equal("GB-COH-08229264", (string?)award["suppliers"]![0]!["id"]);
        Assert.Equal("ocds-h6vhtk-0a1b2c", (string?)release["ocid"]);
        Assert.Equal("083674-2026", (string?)release["id"]);
    }

    [Fact]
    public void Write_Parties_BuyerWithAuthorityTypeAndSuppliersWithRegisterIdentifiers()
    {
        var release = JsonNode.Parse(OcdsReleaseWriter.Write(SampleNotices.ContractAward, Context))!;

        var parties = release["parties"]!.AsArray();
        Assert.Equal(["GB-PPON-PABC-1234-WXYZ", "GB-COH-08229264", "GB-CHC-1159512"], parties.Select(p => (string?)p!["id"]));
        Assert.Equal("buyer", (string?)parties[0]!["roles"]![0]);
        Assert.Equal("publicAuthoritySubCentralGovernment", (string?)parties[0]!["details"]!["classifications"]![0]!["id"]);
        Assert.Equal("GB-CHC", (string?)parties[2]!["identifier"]!["scheme"]);
        Assert.Equal("sme", (string?)parties[2]!["details"]!["scale"]);
        Assert.True((bool?)parties[2]!["details"]!["vcse"]);
    }

    [Fact]
    public void Write_SupplierNumberedByFindATender_HasNoRegisterIdentifier()
    {
        var supplier = SampleNotices.GreenBins with { Identifier = new OrganisationIdentifier(IdentifierSchemes.FindATender, "185095") };
        var notice = SampleNotices.ContractTermination with { Suppliers = [supplier] };

        var party = JsonNode.Parse(OcdsReleaseWriter.Write(notice, Context))!["parties"]![1]!;

        Assert.Equal("GB-FTS-185095", (string?)party["id"]);
        Assert.Null(party["identifier"]);
    }

    [Fact]
    public void Write_LightTouchTender_ListsTheSpecialRegime()
    {
        var release = JsonNode.Parse(OcdsReleaseWriter.Write(SampleNotices.Tender with { SpecialRegime = Procurement.SpecialRegime.LightTouch }, Context))!;

        Assert.Equal("lightTouch", (string?)release["tender"]!["specialRegime"]![0]);
        Assert.Equal("UKPGA", (string?)release["tender"]!["legalBasis"]!["scheme"]);
    }

    [Fact]
    public void Write_TenderNotice_ListsEachLotsCpvCodesAndRegionInItems()
    {
        var tender = JsonNode.Parse(OcdsReleaseWriter.Write(SampleNotices.Tender, Context))!["tender"]!;

        var item = tender["items"]![1]!;
        Assert.Equal("2", (string?)item["relatedLot"]);
        Assert.Equal("90514000", (string?)item["additionalClassifications"]![0]!["id"]);
        Assert.Equal("UKK15", (string?)item["deliveryAddresses"]![0]!["region"]);
        Assert.Equal(60m, (decimal?)tender["lots"]![0]!["awardCriteria"]!["criteria"]![1]!["numbers"]![0]!["number"]);
        Assert.Equal("2026-10-15T12:00:00+01:00", (string?)tender["tenderPeriod"]!["endDate"]);
    }

    [Fact]
    public void Write_ContractChangeNotice_CarriesTheAmendmentWithItsStandstill()
    {
        var contract = JsonNode.Parse(OcdsReleaseWriter.Write(SampleNotices.ContractChange, Context))!["contracts"]![0]!;

        var amendment = contract["amendments"]![0]!;
        Assert.True((bool?)amendment["standstill"]);
        Assert.Equal("unforeseeableCircumstances", (string?)amendment["rationaleClassifications"]![0]!["id"]);
        Assert.Equal(5_160_000m, (decimal?)amendment["value"]!["amountGross"]);
    }

    [Fact]
    public void PublicationContext_BadOcid_IsRefused() =>
        Assert.Throws<FormatException>(() => new PublicationContext("ocds-h6vhtk-XYZ", "083674-2026", DateTimeOffset.UnixEpoch));
}
