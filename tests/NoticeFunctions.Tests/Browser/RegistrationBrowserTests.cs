using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>Registering a procurement, its error summary, and the page refused to the wrong role.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class RegistrationBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BrowserApp _app = null!;

    public async Task InitializeAsync() => _app = await BrowserApp.StartAsync(azurite);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Register_EmptyThenCompleted_ErrorSummaryLinksToFieldsThenProcurementPageShowsIt()
    {
        var page = await _app.NewUserAsync();
        await Pages.SignInAsync(page, "Ada Lovelace");
        await Pages.ClickAsync(page, "Register a procurement");

        await Pages.ClickAsync(page, "Register the procurement");

        var errors = await Pages.ErrorSummaryAsync(page);
        Assert.Contains("Enter a title for the procurement", errors);
        Assert.Contains("Select the procedure", errors);
        Assert.StartsWith("Error:", await page.TitleAsync(), StringComparison.Ordinal);
        await page.Locator(".govuk-error-summary__list a", new() { HasText = "Select the procedure" }).ClickAsync();
        Assert.Equal("procedure", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await Pages.FillAsync(page, "title", "Street lighting <maintenance>");
        await Pages.FillAsync(page, "estimatedValue", "2,400,000");
        await page.Locator("#procedure").CheckAsync();
        await page.GetByLabel("Services", new() { Exact = true }).CheckAsync();
        await Pages.FillAsync(page, "lots_0__title", "North");
        await Pages.FillAsync(page, "lots_0__estimatedValue", "1200000");
        await Pages.FillAsync(page, "lots_1__title", "South");
        await Pages.FillAsync(page, "lots_1__estimatedValue", "1200000");
        await Pages.ClickAsync(page, "Register the procurement");

        Assert.Equal("Street lighting <maintenance>", await Pages.HeadingAsync(page));
        Assert.Equal("Planning", (await page.Locator("#status").InnerTextAsync()).Trim());
        Assert.Contains("Draft the tender notice (UK4)", await page.Locator("#actions").InnerTextAsync(), StringComparison.Ordinal);
        var timeline = await page.Locator("#timeline + table").InnerTextAsync();
        Assert.Contains("Registered the procurement 'Street lighting <maintenance>'", timeline, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", timeline, StringComparison.Ordinal);
        Assert.Contains("13 January 2026 at 9:00am", timeline, StringComparison.Ordinal);
        Assert.Contains("&lt;maintenance&gt;", await page.ContentAsync(), StringComparison.Ordinal);

        await Pages.ClickAsync(page, "Dashboard");
        Assert.Contains("Street lighting <maintenance>", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterPage_SignedInAsApprover_ShowsYouCannotDoThis()
    {
        var page = await _app.NewUserAsync();
        await Pages.SignInAsync(page, "Grace Hopper");

        var response = await page.GotoAsync("/procurements/new");

        Assert.Equal(403, response!.Status);
        Assert.Equal("You cannot do this", await Pages.HeadingAsync(page));
        await Axe.AssertAccessibleAsync(page);
    }
}
