using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NoticeFunctions.Tests.Support;
using Notices.Storage;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>
/// The forms as their own web app, as App Service runs them: a client of the API, which runs on the Durable engine
/// over Azurite behind App Service Authentication (here its stand-in). Each person reaches the web app as App Service
/// Authentication passes them on (their principal, and their access token for the API), and the web app calls the
/// API with that token alone. A commissioner registers a procurement and submits its tender notice; an approver
/// approves it; it is published. Every page is checked with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WebAppBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebAppAndApi _apps = null!;
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        _apps = await WebAppAndApi.StartAsync(azurite.Process, new FakeTimeProvider(new DateTimeOffset(2026, 1, 13, 9, 0, 0, TimeSpan.Zero)));
        _browser = await BrowserSession.StartAsync(_apps.Web.Address);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _apps.DisposeAsync();
    }

    [Fact]
    public async Task TenderNotice_RegisteredSubmittedAndApprovedInTheWebApp_IsPublishedThroughTheApi()
    {
        var title = "Grounds maintenance " + UniqueName.Key("g");
        var page = await _browser.AsSignedInAsync(_apps.HeadersFor("ada.lovelace", "Ada Lovelace", "Commissioner"));
        await Pages.GoAsync(page, "/");
        var procurement = await TenderSteps.RegisterAsync(page, title);
        await TenderSteps.DraftTenderNoticeWithAMistakeThenFixItAsync(page);

        page = await _browser.AsSignedInAsync(_apps.HeadersFor("grace.hopper", "Grace Hopper", "Approver"));
        await Pages.GoAsync(page, "/");
        await TenderSteps.ApproveAsync(page, title, "tender notice (UK4)");
        await Pages.GoAsync(page, procurement);
        await Pages.WaitForStatusAsync(page, "Tendering");

        Assert.Contains("Published", await page.Locator("#notices").InnerTextAsync(), StringComparison.Ordinal);
        var timeline = await page.Locator("#timeline + table").InnerTextAsync();
        Assert.Contains("Ada Lovelace", timeline, StringComparison.Ordinal);
        Assert.Contains("Grace Hopper", timeline, StringComparison.Ordinal);
        // The API knew each person only from the token the web app forwarded; the web app has no storage to read.
        Assert.True(_apps.ApiAuthentication.BearerRequests > 0);
        Assert.Null(_apps.Web.Services.GetService<StorageServices>());
    }

    [Fact]
    public async Task WebApp_PersonWithoutATokenForTheApi_IsAskedToSignInAgainAndTheApiIsNotReachedAsThem()
    {
        var principal = AppServiceAuthenticationStandIn.Principal("ada.lovelace", "Ada Lovelace", "Commissioner");
        var page = await _browser.AsSignedInAsync(new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = principal });

        var response = await page.GotoAsync("/");

        Assert.Equal(401, response!.Status);
        Assert.Equal("Sign in again", await Pages.HeadingAsync(page));
        Assert.Equal(0, _apps.ApiAuthentication.BearerRequests);
        await Axe.AssertAccessibleAsync(page);
    }
}
