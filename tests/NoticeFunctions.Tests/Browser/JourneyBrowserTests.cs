using Microsoft.Playwright;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>
/// A procurement from registration to the contract details notice, clicked through the forms by a
/// commissioner and an approver, with the trigger loop publishing in-process and the clock moved past the
/// standstill. Every page visited is checked with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class JourneyBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BrowserApp _app = null!;

    public async Task InitializeAsync() => _app = await BrowserApp.StartAsync(azurite);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Procurement_ClickedThroughFromRegistrationToContractDetails_IsPublishedAtEachStep()
    {
        var title = "Waste collection " + UniqueName.Key("w");
        var page = await _app.NewUserAsync();
        await Pages.SignInAsync(page, "Ada Lovelace");
        var procurement = await TenderSteps.RegisterAsync(page, title);

        await TenderSteps.DraftTenderNoticeWithAMistakeThenFixItAsync(page);
        await ApproveAsync(title, "tender notice (UK4)");
        await page.GotoAsync(procurement);
        await Pages.WaitForStatusAsync(page, "Tendering");
        Assert.Contains("Published", await page.Locator("#notices").InnerTextAsync(), StringComparison.Ordinal);

        await Pages.SignInAsync(page, "Ada Lovelace");
        await Pages.GoAsync(page, procurement);
        await Pages.ClickAsync(page, "Record the award decision");
        await Pages.FillAsync(page, "suppliers_0__name", "Green Bins Limited");
        await Pages.FillAsync(page, "suppliers_0__identifier", "GB-COH-08229264");
        await Pages.FillAsync(page, "value", "7800000");
        await Pages.ClickAsync(page, "Record the award decision");
        Assert.Equal("Award decided", (await page.Locator("#status").InnerTextAsync()).Trim());

        await Pages.ClickAsync(page, "Draft the contract award notice (UK6)");
        Assert.Equal("Green Bins Limited", await page.Locator("#suppliers_0__name").InputValueAsync());
        Assert.Equal("90511000", await page.Locator("#lots_0__classifications").InputValueAsync());
        await Pages.FillAsync(page, "awards_0__value_amount", "6500000");
        await Pages.ClickAsync(page, "Save and submit for approval");
        Assert.Contains("Waiting for approval", await page.Locator("#notices").InnerTextAsync(), StringComparison.Ordinal);
        await ApproveAsync(title, "contract award notice (UK6)");
        await page.GotoAsync(procurement);
        await Pages.WaitForStatusAsync(page, "Standstill");
        Assert.Contains("The standstill period ends", await page.Locator("#deadlines").InnerTextAsync(), StringComparison.Ordinal);

        // Published on Tuesday 13 January 2026: the standstill ends at the end of Thursday 22 January.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 23, 9, 0, 0, TimeSpan.Zero));
        await Pages.SignInAsync(page, "Ada Lovelace");
        await Pages.GoAsync(page, procurement);
        await Pages.ClickAsync(page, "Record the contract entered into");
        await Pages.FillDateAsync(page, "startsOn", new DateOnly(2026, 4, 1));
        await Pages.FillDateAsync(page, "endsOn", new DateOnly(2031, 3, 31));
        await Pages.ClickAsync(page, "Record the contract");
        Assert.Equal("Contract in force", (await page.Locator("#status").InnerTextAsync()).Trim());
        Assert.Contains("Publish the contract details notice (UK7)", await page.Locator("#deadlines").InnerTextAsync(), StringComparison.Ordinal);

        await Pages.ClickAsync(page, "Draft the contract details notice (UK7)");
        await Pages.FillAsync(page, "contracts_0__value_amount", "6500000");
        await Pages.FillAsync(page, "kpis_0__title", "Missed collections per 100,000");
        await Pages.FillAsync(page, "kpis_1__title", "Complaints resolved within 10 days");
        await Pages.FillAsync(page, "kpis_2__title", "Vehicle emissions");
        await Pages.ClickAsync(page, "Save and submit for approval");
        await ApproveAsync(title, "contract details notice (UK7)");
        await page.GotoAsync(procurement);
        await WaitForNoticeAsync(page, "contract details notice (UK7)", "Published");

        await Pages.ClickAsync(page, "Contracts register");
        Assert.Contains(title, await page.Locator("#contracts").InnerTextAsync(), StringComparison.Ordinal);
        await Pages.ClickAsync(page, "Published notices");
        await Pages.ClickRowLinkAsync(page, title);
        Assert.Contains("\"ocid\": \"ocds-local-", await page.Locator("#release").InnerTextAsync(), StringComparison.Ordinal);
        var download = await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), await page.Locator("#download-release").GetAttributeAsync("href")).ToString());
        Assert.Equal("application/json", download.Headers["content-type"].Split(';')[0]);
        Assert.StartsWith("attachment", download.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains("\"ocid\":\"ocds-local-", (await download.TextAsync()).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        await Pages.ClickAsync(page, "Read the notice as it was published");
        Assert.True(await page.Locator("#notice").IsVisibleAsync());
    }

    private async Task ApproveAsync(string title, string notice)
    {
        var page = await _app.NewUserAsync();
        await Pages.SignInAsync(page, "Grace Hopper");
        await TenderSteps.ApproveAsync(page, title, notice);
    }

    private static async Task WaitForNoticeAsync(IPage page, string notice, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await page.Locator("#notices tr", new() { HasText = notice }).InnerTextAsync()).Contains(status, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The {notice} never became {status}.");
            await Task.Delay(300);
            await page.ReloadAsync();
        }

        await Axe.AssertAccessibleAsync(page);
    }
}
