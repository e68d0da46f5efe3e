using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Notices.Web.Forms;
using Notices.Web.Forms.NoticeForms;
using Notices.Domain.Notices;
using Notices.Testing.Notices;
using Xunit;

namespace NoticeFunctions.Tests.Forms;

public sealed class NoticeFormBinderTests
{
    public static TheoryData<NoticeType> Types() => [.. SampleNotices.All.Select(n => n.Type)];

    [Theory]
    [MemberData(nameof(Types))]
    public void Apply_SampleNoticeTypedIntoAnEmptyForm_GivesANoticeThatPassesValidation(NoticeType type)
    {
        var sample = Json(SampleNotices.All.Single(n => n.Type == type));
        var sections = NoticeFormLayout.For(type, sample);
        var typed = NoticeFormBinder.ToValues(sample, sections);
        var fresh = new JsonObject { [NoticeJson.TypeProperty] = type.ToString() };
        var state = new ModelStateDictionary();

        NoticeFormBinder.Apply(fresh, sections, new FormInput(typed, new FormErrors(state)), new FormErrors(state));

        Assert.Equal(0, state.ErrorCount);
        var errors = NoticeValidator.Validate(NoticeJson.Deserialize(fresh.ToJsonString())).Errors;
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    [Fact]
    public void Apply_FieldsTheFormDoesNotShow_AreKept()
    {
        var sample = Json(SampleNotices.Tender);
        var sections = NoticeFormLayout.For(NoticeType.UK4, sample);
        var values = NoticeFormBinder.ToValues(sample, sections);
        values.Set("title", "Changed title");
        var state = new ModelStateDictionary();

        NoticeFormBinder.Apply(sample, sections, new FormInput(values, new FormErrors(state)), new FormErrors(state));

        var notice = (TenderNotice)NoticeJson.Deserialize(sample.ToJsonString());
        Assert.Equal("Changed title", notice.Title);
        Assert.Equal(SampleNotices.Tender.Documents, notice.Documents);
    }

    [Fact]
    public void Apply_UnreadableText_ReportsEachFieldAndLeavesTheJsonThereAsItWas()
    {
        var sample = Json(SampleNotices.Tender);
        var sections = NoticeFormLayout.For(NoticeType.UK4, sample);
        var values = NoticeFormBinder.ToValues(sample, sections);
        values.Set("estimatedValue.amount", "lots");
        values.Set("tenderDeadline-month", "13");
        values.Set("buyer.identifier", "PPON-1234");
        var state = new ModelStateDictionary();
        var errors = new FormErrors(state);

        NoticeFormBinder.Apply(sample, sections, new FormInput(values, errors), errors);

        Assert.Equal("Estimated value, excluding VAT must be a number, like 4000000 or 4,000,000.50", errors.For("estimatedValue_amount"));
        Assert.Equal("Deadline for tenders must be a real date, like 27 3 2026", errors.For("tenderDeadline-day"));
        Assert.StartsWith("Identifier must start with its register", errors.For("buyer_identifier"), StringComparison.Ordinal);
        Assert.Equal(6_500_000m, (decimal)sample["estimatedValue"]!["amount"]!);
    }

    [Fact]
    public void ToValues_DatesAndTimes_AreShownInUkTime()
    {
        var sample = Json(SampleNotices.Tender);
        var sections = NoticeFormLayout.For(NoticeType.UK4, sample);

        var values = NoticeFormBinder.ToValues(sample, sections);

        Assert.Equal(("15", "10", "2026", "12:00"), (values.Get("tenderDeadline-day"), values.Get("tenderDeadline-month"), values.Get("tenderDeadline-year"), values.Get("tenderDeadline-time")));
        Assert.Equal("GB-PPON-PABC-1234-WXYZ", values.Get("buyer.identifier"));
        Assert.Equal("90511000", values.Get("lots[0].classifications"));
    }

    [Theory]
    [InlineData("lots[0].classifications[0].id", "lots_0__classifications")]
    [InlineData("buyer.identifier.id", "buyer_identifier")]
    [InlineData("tenderDeadline", "tenderDeadline-day")]
    [InlineData("estimatedValue", "estimatedValue_amount")]
    [InlineData("lots[1].awardCriteria", "lots_1__awardCriteria_0__name")]
    [InlineData("documents[0].url", "title")]
    [InlineData(null, "title")]
    public void AnchorFor_ValidationPath_IsTheInputTheErrorIsAbout(string? path, string anchor)
    {
        var sample = Json(SampleNotices.Tender);

        Assert.Equal(anchor, NoticeFormLayout.AnchorFor(NoticeFormLayout.For(NoticeType.UK4, sample), path));
    }

    private static JsonObject Json(Notice notice) => (JsonObject)JsonNode.Parse(NoticeJson.Serialize(notice))!;
}
