using System.Text.Json.Nodes;
using Xunit;
using Notices.Domain.Notices;
using Notices.Testing.Notices;

namespace Notices.Domain.Tests.Notices;

public sealed class NoticeJsonTests
{
    public static TheoryData<string> DraftedTypes() => new(SampleNotices.All.Select(n => n.Type.ToString()));

    private static Notice Sample(string type) => SampleNotices.All.Single(n => n.Type.ToString() == type);

    [Theory]
    [MemberData(nameof(DraftedTypes))]
    public void Serialize_ThenDeserialize_GivesTheSameNotice(string type)
    {
        var notice = Sample(type);

        var json = NoticeJson.Serialize(notice);
        var read = NoticeJson.Deserialize(json);

        Assert.Equal(notice.GetType(), read.GetType());
        Assert.Equal(json, NoticeJson.Serialize(read));
    }

    [Theory]
    [MemberData(nameof(DraftedTypes))]
    public void Serialize_AnyNotice_StartsWithItsNoticeTypeDiscriminator(string type)
    {
        var json = JsonNode.Parse(NoticeJson.Serialize(Sample(type)))!.AsObject();

        Assert.Equal(type, (string?)json["noticeType"]);
        Assert.Equal("noticeType", json.First().Key);
    }

    [Fact]
    public void Serialize_TenderNotice_UsesCamelCaseNamesAndEnumValues()
    {
        var json = JsonNode.Parse(NoticeJson.Serialize(SampleNotices.Tender with { SpecialRegime = Procurement.SpecialRegime.LightTouch }))!;

        Assert.Equal("lightTouch", (string?)json["specialRegime"]);
        Assert.Equal("services", (string?)json["nature"]);
        Assert.Equal(3_000_000m, (decimal?)json["lots"]![1]!["value"]!["amountGross"]);
        Assert.Equal("GB-PPON", (string?)json["buyer"]!["identifier"]!["scheme"]);
    }

    [Fact]
    public void Deserialize_NoticeTypeNotFirst_StillReadsTheNotice()
    {
        var notice = NoticeJson.Deserialize("""{"title":"Cleaning","noticeType":"UK12","decisionDate":"2026-11-20T00:00:00+00:00"}""");

        var termination = Assert.IsType<ProcurementTerminationNotice>(notice);
        Assert.Equal("Cleaning", termination.Title);
    }

    [Fact]
    public void Deserialize_UnknownNoticeType_NamesTheFieldAndTheTypesAllowed()
    {
        var e = Assert.Throws<NoticeFormatException>(() => NoticeJson.Deserialize("""{"noticeType":"UK99","title":"x"}"""));

        Assert.Equal("noticeType", e.Field);
        Assert.Contains("'UK99' is not a notice type", e.Message, StringComparison.Ordinal);
        Assert.Contains("UK12", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NoticeTypeReadButNotDrafted_ReadsButDraftingRefusesIt()
    {
        var notice = NoticeJson.Deserialize("""{"noticeType":"UK15","title":"Passenger transport dynamic market"}""");

        Assert.IsType<DynamicMarketModificationNotice>(notice);
        Assert.Contains(NoticeValidator.Validate(notice).Errors, e => e.Path == "noticeType" && e.Message.Contains("not a notice this service drafts", StringComparison.Ordinal));
    }

    [Fact]
    public void Deserialize_NoticeTypeThatDoesNotExist_IsRefused()
    {
        var e = Assert.Throws<NoticeFormatException>(() => NoticeJson.Deserialize("""{"noticeType":"UK18"}"""));

        Assert.Equal("noticeType", e.Field);
    }

    [Fact]
    public void Deserialize_NoNoticeType_SaysItIsMissing()
    {
        var e = Assert.Throws<NoticeFormatException>(() => NoticeJson.Deserialize("""{"title":"Cleaning"}"""));

        Assert.Equal("noticeType", e.Field);
        Assert.Contains("is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_OcdsRelease_SuggestsImportingIt()
    {
        var e = Assert.Throws<NoticeFormatException>(() => NoticeJson.Deserialize("""{"ocid":"ocds-h6vhtk-04e9fb","tag":["award"]}"""));

        Assert.Contains("OCDS release", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ImpossibleDate_NamesTheDateField()
    {
        var e = Assert.Throws<NoticeFormatException>(() =>
            NoticeJson.Deserialize("""{"noticeType":"UK4","tenderDeadline":"2026-02-30T12:00:00+00:00"}"""));

        Assert.Equal("tenderDeadline", e.Field);
        Assert.Contains("not a valid date", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TextWhereANumberBelongs_NamesTheNestedPath()
    {
        var e = Assert.Throws<NoticeFormatException>(() =>
            NoticeJson.Deserialize("""{"noticeType":"UK4","lots":[{"id":"1"},{"id":"2","value":{"amountGross":"lots"}}]}"""));

        Assert.Equal("lots[1].value.amountGross", e.Field);
        Assert.Contains("should be a number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownEnumValue_ListsTheAllowedValues()
    {
        var e = Assert.Throws<NoticeFormatException>(() => NoticeJson.Deserialize("""{"noticeType":"UK4","procedure":"restricted"}"""));

        Assert.Equal("procedure", e.Field);
        Assert.Contains("competitiveFlexible", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MisspeltField_IsRefusedByName()
    {
        var e = Assert.Throws<NoticeFormatException>(() => NoticeJson.Deserialize("""{"noticeType":"UK4","titel":"Cleaning"}"""));

        Assert.Equal("titel", e.Field);
        Assert.Contains("not a field", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MalformedJson_GivesTheLine()
    {
        var e = Assert.Throws<NoticeFormatException>(() => NoticeJson.Deserialize("{\n\"noticeType\": \"UK4\",\n\"title\": }"));

        Assert.Equal("$", e.Field);
        Assert.Contains("not valid JSON (line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullForAList_SaysToLeaveItOut()
    {
        var e = Assert.Throws<NoticeFormatException>(() => NoticeJson.Deserialize("""{"noticeType":"UK4","lots":null}"""));

        Assert.Equal("lots", e.Field);
    }

    [Theory]
    [InlineData("""{"noticeType":"UK4"}""")]
    [InlineData("""{"noticeType":"UK4","buyer":{"name":"Westshire County Council","address":{"locality":"Westbury"}}}""")]
    [InlineData("""{"noticeType":"UK7","lots":[{"id":"1"}],"awards":[{"id":"1"}],"contracts":[{"id":"1"}]}""")]
    public void Deserialize_SparseNotice_IsValidatedWithErrorsRatherThanFailing(string json)
    {
        var notice = NoticeJson.Deserialize(json);

        var result = NoticeValidator.Validate(notice);

        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Errors);
    }
}
