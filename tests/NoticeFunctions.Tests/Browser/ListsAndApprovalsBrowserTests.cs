using Microsoft.Playwright;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>Paging through a list, and an approver refused the approval of their own submission.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ListsAndApprovalsBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BrowserApp _app = null!;

    public async Task InitializeAsync() => _app = await BrowserApp.StartAsync(azurite, pageSize: 2);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Procurements_FiveWithPagesOfTwo_NextAndPreviousShowEachOnce()
    {
        var titles = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            titles.Add($"Procurement {i} {UniqueName.Key("p")}");
            await Seed.RegisterAsync(_app, titles.Last(), Seed.AlanTuring);
        }

        var page = await _app.NewUserAsync();
        await Pages.SignInAsync(page, "Ada Lovelace");
        await Pages.GoAsync(page, "/procurements");
        var first = await RowTitlesAsync(page);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).CountAsync());
        await Pages.ClickAsync(page, "Next page");
        var second = await RowTitlesAsync(page);
        await Pages.ClickAsync(page, "Next page");
        var third = await RowTitlesAsync(page);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).CountAsync());
        await Pages.ClickAsync(page, "Previous page");

        Assert.Equal([2, 2, 1], new[] { first.Count, second.Count, third.Count });
        Assert.Equal(titles.Order(), first.Concat(second).Concat(third).Order());
        Assert.Equal(second, await RowTitlesAsync(page));
    }

    [Fact]
    public async Task Approve_ByThePersonWhoSubmitted_ShowsWhySomeoneElseMustAndChangesNothing()
    {
        var id = await Seed.RegisterAsync(_app, "Grounds maintenance " + UniqueName.Key("g"), Seed.AlanTuring);
        var key = await Seed.SubmitTenderNoticeAsync(_app, id, Seed.AlanTuring);
        var page = await _app.NewUserAsync();
        await Pages.SignInAsync(page, "Alan Turing");
        await Pages.GoAsync(page, $"/approvals/{id}/{key}");

        await page.Locator("#decision").CheckAsync();
        await page.Locator("#noConflictOfInterest").CheckAsync();
        await Pages.ClickAsync(page, "Record my decision");

        Assert.Equal(["You submitted this notice, so someone else must approve it."], await Pages.ErrorSummaryAsync(page));
        await page.Locator(".govuk-error-summary__list a").First.ClickAsync();
        Assert.Equal("decision", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Pages.GoAsync(page, $"/procurements/{id}");
        Assert.Contains("Waiting for approval", await page.Locator("#notices").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task<List<string>> RowTitlesAsync(IPage page) =>
        [.. (await page.Locator("tbody tr td:first-child a").AllInnerTextsAsync()).Select(t => t.Trim())];
}
