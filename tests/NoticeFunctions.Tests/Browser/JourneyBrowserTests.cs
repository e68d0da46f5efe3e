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
        var procurement = await RegisterAsync(page, title);

        await DraftTenderNoticeWithAMistakeThenFixItAsync(page);
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

    private static async Task<string> RegisterAsync(IPage page, string title)
    {
        await Pages.ClickAsync(page, "Register a procurement");
        await Pages.FillAsync(page, "title", title);
        await Pages.FillAsync(page, "estimatedValue", "7800000");
        await page.Locator("#procedure").CheckAsync();
        await page.GetByLabel("Services", new() { Exact = true }).CheckAsync();
        await Pages.FillAsync(page, "lots_0__title", "Household waste");
        await Pages.FillAsync(page, "lots_0__estimatedValue", "3900000");
        await Pages.FillAsync(page, "lots_1__title", "Recycling");
        await Pages.FillAsync(page, "lots_1__estimatedValue", "3900000");
        await Pages.ClickAsync(page, "Register the procurement");
        Assert.Equal(title, await Pages.HeadingAsync(page));
        return page.Url;
    }

    private static async Task DraftTenderNoticeWithAMistakeThenFixItAsync(IPage page)
    {
        await Pages.ClickAsync(page, "Draft the tender notice (UK4)");
        Assert.Equal("Westshire County Council", await page.Locator("#buyer_name").InputValueAsync());
        Assert.Equal("3900000", await page.Locator("#lots_1__value_amountGross").InputValueAsync());
        await Pages.FillAsync(page, "description", "Kerbside collection of household waste and recycling.");
        await Pages.FillAsync(page, "buyer_contactPoint_email", "procurement@westshire.gov.uk");
        await page.Locator("#aboveThreshold").CheckAsync();
        await Pages.FillAsync(page, "estimatedValue_amount", "6500000");
        for (var lot = 0; lot < 2; lot++)
        {
            await Pages.FillAsync(page, $"lots_{lot}__value_amount", "3250000");
            await Pages.FillAsync(page, $"lots_{lot}__classifications", lot == 0 ? "9051" : "90514000");
            await Pages.FillAsync(page, $"lots_{lot}__deliveryRegions", "UKK15");
            await Pages.FillAsync(page, $"lots_{lot}__awardCriteria_0__name", "Price");
            await Pages.SelectAsync(page, $"lots_{lot}__awardCriteria_0__type", "price");
            await Pages.FillAsync(page, $"lots_{lot}__awardCriteria_0__weight", "40");
            await Pages.FillAsync(page, $"lots_{lot}__awardCriteria_1__name", "Service quality");
            await Pages.SelectAsync(page, $"lots_{lot}__awardCriteria_1__type", "quality");
            await Pages.FillAsync(page, $"lots_{lot}__awardCriteria_1__weight", "60");
        }

        await Pages.FillDateAsync(page, "tenderDeadline", new DateOnly(2026, 3, 16), "12:00");
        await Pages.ClickAsync(page, "Save and submit for approval");

        var errors = await Pages.ErrorSummaryAsync(page);
        // The summary says which lot, and which of its classifications, each message is about.
        Assert.Equal(["Lot 1, classification 1: '9051' is not a CPV code; enter its eight digits, such as 90711400."], errors);
        Assert.Contains("is not a CPV code", await page.Locator("#lots_0__classifications-error").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator(".govuk-error-summary__list a").First.ClickAsync();
        Assert.Equal("lots_0__classifications", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await Pages.FillAsync(page, "lots_0__classifications", "90511000");
        await Pages.ClickAsync(page, "Save and submit for approval");
        Assert.Empty(await Pages.ErrorSummaryAsync(page));
        Assert.Contains("Waiting for approval", await page.Locator("#notices").InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task ApproveAsync(string title, string notice)
    {
        var page = await _app.NewUserAsync();
        await Pages.SignInAsync(page, "Grace Hopper");
        await Pages.ClickAsync(page, "Approvals");
        await Pages.ClickAndWaitForNextPageAsync(page, page.Locator("tr", new() { HasText = title }).GetByRole(AriaRole.Link, new() { Name = notice }));
        await Axe.AssertAccessibleAsync(page);
        Assert.Contains(title, await page.Locator(".govuk-caption-l").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#decision").CheckAsync();
        await page.Locator("#noConflictOfInterest").CheckAsync();
        await Pages.ClickAsync(page, "Record my decision");
        Assert.Equal("Approvals waiting", await Pages.HeadingAsync(page));
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
