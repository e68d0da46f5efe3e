using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NoticeFunctions.Tests.Support;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Testing.Notices;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Xunit;

namespace NoticeFunctions.Tests.Forms;

/// <summary>The forms, in memory through WebApplicationFactory: who may see and post each page, anti-forgery, and text always encoded.</summary>
public sealed class PageAccessTests : IAsyncLifetime
{
    private const string BuyerId = "GB-PPON-PABC-1234-WXYZ";
    private static readonly Actor Ada = new("ada.lovelace", "Ada Lovelace", [Role.Commissioner]);

    private PagesApp _app = null!;
    private string _id = "";
    private string _key = "";

    public async Task InitializeAsync()
    {
        _app = await PagesApp.StartAsync(new Dictionary<string, string?> { ["Authority:BuyerId"] = BuyerId, ["Authority:BuyerName"] = "Westshire County Council" });
        var workflow = _app.Services.GetRequiredService<ProcurementWorkflow>();
        var id = ProcurementId.New(RandomIdSource.Instance);
        DecisionContext Context() => DecisionContext.For(Ada, _app.Clock, RandomIdSource.Instance);
        await workflow.Commands.HandleAsync(id, new RegisterProcurement(
            Context(), BuyerId, "Westshire County Council", "Waste collection", 7_800_000m, Procedure.Open, ContractNature.Services, SpecialRegime.None, []));
        var drafted = await workflow.Commands.HandleAsync(id, new DraftNotice(Context(), NoticeType.UK4, NoticeJson.Serialize(SampleNotices.Tender)));
        _key = drafted.Events.OfType<Notices.Workflow.Events.NoticeDrafted>().Single().NoticeKey;
        _id = id.Value;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string, HttpStatusCode> Access() => new()
    {
        { "ada.lovelace", "/", HttpStatusCode.OK },
        { "ada.lovelace", "/procurements/new", HttpStatusCode.OK },
        { "ada.lovelace", "/procurements/{id}/award", HttpStatusCode.OK },
        { "ada.lovelace", "/procurements/{id}/notices/new/uk1", HttpStatusCode.OK },
        { "ada.lovelace", "/approvals", HttpStatusCode.Redirect },
        { "grace.hopper", "/approvals", HttpStatusCode.OK },
        { "grace.hopper", "/procurements/{id}", HttpStatusCode.OK },
        { "grace.hopper", "/procurements/new", HttpStatusCode.Redirect },
        { "grace.hopper", "/procurements/{id}/contract", HttpStatusCode.Redirect },
        { "grace.hopper", "/procurements/{id}/notices/new", HttpStatusCode.Redirect },
        { "mary.somerville", "/contracts", HttpStatusCode.OK },
        { "mary.somerville", "/obligations", HttpStatusCode.OK },
        { "mary.somerville", "/published", HttpStatusCode.OK },
        { "mary.somerville", "/procurements/{id}/contract/end", HttpStatusCode.Redirect },
        { "mary.somerville", "/approvals/{id}/{key}", HttpStatusCode.Redirect },
        { "ada.lovelace", "/procurements/nosuchthing", HttpStatusCode.NotFound },
        { "ada.lovelace", "/procurements/{id}/notices/new/uk8", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Access))]
    public async Task Get_PageByRole_AllowedOrSentToTheRefusal(string user, string path, HttpStatusCode expected)
    {
        using var client = await _app.SignInAsync(user);

        using var response = await client.GetAsync(path.Replace("{id}", _id, StringComparison.Ordinal).Replace("{key}", _key, StringComparison.Ordinal));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Equal("/forbidden", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task Get_NobodySignedIn_SentToSignIn()
    {
        using var client = _app.Client();

        using var response = await client.GetAsync($"/procurements/{_id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dev/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task PostDraft_AsApprover_IsRefusedAndTheDraftIsUnchanged()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        var page = Content(await commissioner.GetPageAsync($"/procurements/{_id}/notices/{_key}"));
        using var approver = await _app.SignInAsync("grace.hopper");

        using var response = await approver.SubmitFormAsync($"/procurements/{_id}", [new("title", "Changed")], $"/procurements/{_id}/notices/{_key}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page, Content(await commissioner.GetPageAsync($"/procurements/{_id}/notices/{_key}")));
    }

    [Fact]
    public async Task AnyPage_IsTheCouncilsOwnServiceNotGovUk()
    {
        using var client = await _app.SignInAsync("ada.lovelace");

        var page = await client.GetPageAsync("/procurements");

        Assert.Contains("<title>Procurements – Notice Functions – Westshire County Council</title>", page, StringComparison.Ordinal);
        Assert.Contains("govuk-header__logotype-text\">Westshire County Council<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("GOV.UK", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ScriptInTheTitle_IsShownAsTextEverywhere()
    {
        using var client = await _app.SignInAsync("ada.lovelace");

        using var response = await client.SubmitFormAsync("/procurements/new",
        [
            new("title", "<script>alert('x')</script>"), new("estimatedValue", "100000"), new("procedure", "Open"), new("nature", "Goods"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var shown = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await client.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WithoutTheAntiforgeryToken_IsRefusedAndNothingIsRegistered()
    {
        using var client = await _app.SignInAsync("ada.lovelace");
        var before = Content(await client.GetPageAsync("/procurements"));

        using var response = await client.Http.PostAsync(new Uri("/procurements/new", UriKind.Relative), new FormUrlEncodedContent(
            [new("title", "Forged"), new("estimatedValue", "100000"), new("procedure", "Open"), new("nature", "Goods")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Content(await client.GetPageAsync("/procurements")));
    }

    [Fact]
    public async Task Register_BadValues_ErrorSummaryNamesEachFieldAndNothingIsRegistered()
    {
        using var client = await _app.SignInAsync("ada.lovelace");
        var before = Content(await client.GetPageAsync("/procurements"));

        using var response = await client.SubmitFormAsync("/procurements/new",
        [
            new("title", "Bridges"), new("estimatedValue", "a lot"), new("procedure", "Sideways"), new("nature", "Goods"),
        ]);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#estimatedValue\">Estimated value must be a number, like 4000000 or 4,000,000.50</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#procedure\">Select the procedure</a>", page, StringComparison.Ordinal);
        Assert.Equal(before, Content(await client.GetPageAsync("/procurements")));
    }

    [Fact]
    public async Task Register_ErrorsFoundOutOfPageOrder_SummaryListsThemAsThePageShowsItsFields()
    {
        using var client = await _app.SignInAsync("ada.lovelace");

        // The value is read (and found wrong) before the missing title is noticed; the lot's value last of all.
        using var response = await client.SubmitFormAsync("/procurements/new",
        [
            new("title", ""), new("estimatedValue", "a lot"), new("nature", "Goods"), new("lots[0].title", "North"), new("lots[0].estimatedValue", "plenty"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
        [
            ("title", "Enter a title for the procurement"),
            ("estimatedValue", "Estimated value must be a number, like 4000000 or 4,000,000.50"),
            ("procedure", "Select the procedure"),
            ("lots_0__estimatedValue", "The estimated value of lot 1 must be a number, like 4000000 or 4,000,000.50"),
        ], SummaryLinks(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SubmitNewNotice_ServiceRefusesOutOfPageOrder_SummaryListsTheRefusalsAsThePageShowsItsFields()
    {
        using var client = await _app.SignInAsync("ada.lovelace");

        // The service reports the buyer before the description; the form asks for the description first.
        using var response = await client.SubmitFormAsync($"/procurements/{_id}/notices/new/uk1", [new("title", "Waste collection"), new("action", "submit")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
        [
            "description", "buyer_name", "buyer_identifier", "buyer_contactPoint_email", "nature", "estimatedValue_amount", "estimatedValue_amountGross",
            "lots_0__id", "lots_0__value_amount", "lots_0__value_amountGross", "lots_1__id", "lots_1__value_amount", "lots_1__value_amountGross",
            "estimatedTenderNoticeDate-day",
        ], SummaryLinks(await response.Content.ReadAsStringAsync()).Select(link => link.Href));
    }

    // The error summary's links, top to bottom: where each goes and what it says.
    private static List<(string Href, string Text)> SummaryLinks(string page)
    {
        var list = System.Text.RegularExpressions.Regex.Match(page, "<ul class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(list.Success, "The page has no error summary.");
        return [.. System.Text.RegularExpressions.Regex.Matches(list.Groups[1].Value, "<li><a href=\"#([^\"]+)\">([^<]*)</a></li>")
            .Select(m => (m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)))];
    }

    // A page without its anti-forgery token, which is new on every request.
    private static string Content(string page) =>
        System.Text.RegularExpressions.Regex.Replace(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");
}
