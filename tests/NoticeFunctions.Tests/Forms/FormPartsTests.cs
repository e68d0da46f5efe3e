using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Notices.Web.Forms;
using Notices.Web.Forms.NoticeForms;
using Xunit;

namespace NoticeFunctions.Tests.Forms;

public sealed class FormPartsTests
{
    [Fact]
    public void Set_PathThroughMissingArraysAndObjects_MakesThemAndPruneDropsBlankRows()
    {
        var root = new JsonObject();

        JsonPath.Set(root, "lots[1].awardCriteria[0].name", JsonValue.Create("Price"));
        JsonPath.Prune(root);

        Assert.Equal("""{"lots":[{"awardCriteria":[{"name":"Price"}]}]}""", root.ToJsonString());
    }

    [Theory]
    [InlineData("lots[1].title", "Enter the lot's title", "Lot 2: Enter the lot's title")]
    [InlineData("lots[0].awardCriteria[2].weight", "Enter a weight", "Lot 1, award criterion 3: Enter a weight")]
    [InlineData("suppliers[3].name", "Enter the supplier's name", "Supplier 4: Enter the supplier's name")]
    [InlineData("title", "Enter the title", "Enter the title")]
    [InlineData("lots[1].title", "Lot 2 has no title", "Lot 2 has no title")]
    public void Refusal_OfAFieldInARow_IsLedByTheLotOrRowItIsAbout(string field, string message, string shown)
    {
        var errors = new FormErrors(new ModelStateDictionary());

        errors.Add([new Notices.Workflow.Procurements.Problem(message, field)], f => f ?? "summary");

        Assert.Equal(shown, errors.For(field));
    }

    [Fact]
    public void InPageOrder_ErrorsAddedOutOfOrder_ListedAsThePageShowsItsInputsAndOthersLastAsAdded()
    {
        var errors = new FormErrors(new ModelStateDictionary());
        errors.Add("lots[1].title", "Enter a title for lot 2");
        errors.Add("summary", "The service is busy");
        errors.Add("deadline-time", "The deadline must have a time");
        errors.Add("procedure", "Select the procedure");
        errors.Add("deadline-day", "The deadline must include a month");
        errors.Add("elsewhere", "Something else");
        errors.Add("title", "Enter a title");
        var inputs = FieldIds.InOrder(
            [("title", FieldKind.Text), ("deadline", FieldKind.DateTime), ("procedure", FieldKind.Radios), ("lots[1].title", FieldKind.Text)]);

        var listed = errors.InPageOrder(inputs);

        Assert.Equal(
        [
            ("title", "Enter a title"),
            ("deadline-day", "The deadline must include a month"),
            ("deadline-time", "The deadline must have a time"),
            ("procedure", "Select the procedure"),
            ("lots_1__title", "Enter a title for lot 2"),
            ("summary", "The service is busy"),
            ("elsewhere", "Something else"),
        ], listed);
    }

    [Fact]
    public void InPageOrder_NoInputsGiven_ListsErrorsAsAdded()
    {
        var errors = new FormErrors(new ModelStateDictionary());
        errors.Add("procedure", "Select the procedure");
        errors.Add("title", "Enter a title");

        Assert.Equal([("procedure", "Select the procedure"), ("title", "Enter a title")], errors.InPageOrder([]));
    }

    [Fact]
    public void Set_Null_RemovesTheValue()
    {
        var root = (JsonObject)JsonNode.Parse("""{"buyer":{"name":"Council","url":"https://x.gov.uk/"}}""")!;

        JsonPath.Set(root, "buyer.url", null);

        Assert.Equal("""{"buyer":{"name":"Council"}}""", root.ToJsonString());
    }

    [Theory]
    [InlineData("£4,000,000.50", "4000000.50")]
    [InlineData("  12 ", "12")]
    public void Decimal_PoundsWithCommas_Reads(string text, string expected)
    {
        var (input, _) = Input(("value", text));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), input.Decimal("value", "Value"));
    }

    [Theory]
    [InlineData("31", "2", "2026", "Date must be a real date, like 27 3 2026")]
    [InlineData("3", "", "2026", "Date must include a month")]
    [InlineData("", "", "2026", "Date must include a day and month")]
    public void Date_NotARealDate_SaysWhatIsWrongOnTheDayInput(string day, string month, string year, string message)
    {
        var (input, errors) = Input(("when-day", day), ("when-month", month), ("when-year", year));

        Assert.Null(input.Date("when", "Date"));
        Assert.Equal(message, errors.For("when-day"));
    }

    [Fact]
    public void DateAndTime_InSummer_IsBritishSummerTime()
    {
        var (input, _) = Input(("when-day", "15"), ("when-month", "10"), ("when-year", "2026"), ("when-time", "12:00"));

        Assert.Equal(new DateTimeOffset(2026, 10, 15, 12, 0, 0, TimeSpan.FromHours(1)), input.DateAndTime("when", "Deadline"));
    }

    [Fact]
    public void Numbered_ManyPages_ShowsFirstLastNeighboursAndEllipses()
    {
        var pages = Pagination.Numbered(5, 200, 20, n => $"?page={n}", "Pages");

        Assert.Equal([1, 0, 4, 5, 6, 0, 10], pages.Pages.Select(p => p.Number));
        Assert.Equal("?page=4", pages.PreviousHref);
        Assert.Equal("?page=6", pages.NextHref);
    }

    [Fact]
    public void Continued_TrailOfTokens_NextAddsTheTokenAndPreviousDropsTheLast()
    {
        var pages = Pagination.Continued(["a&b"], "c", "/procurements", "Pages");

        Assert.Equal("/procurements", pages.PreviousHref);
        Assert.Equal("/procurements?c=a%26b&c=c", pages.NextHref);
    }

    private static (FormInput Input, FormErrors Errors) Input(params (string Name, string Value)[] fields)
    {
        var values = new FormValues();
        foreach (var (name, value) in fields)
        {
            values.Set(name, value);
        }

        var errors = new FormErrors(new ModelStateDictionary());
        return (new FormInput(values, errors), errors);
    }
}
