using Microsoft.Playwright;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>A commissioner's and an approver's steps with a tender notice, as both browser journeys take them.</summary>
internal static class TenderSteps
{
    public static async Task<string> RegisterAsync(IPage page, string title)
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

    public static async Task DraftTenderNoticeWithAMistakeThenFixItAsync(IPage page)
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

    /// <summary>From the dashboard of a signed-in approver: opens the notice waiting and approves it, declaring no conflict.</summary>
    public static async Task ApproveAsync(IPage page, string title, string notice)
    {
        await Pages.ClickAsync(page, "Approvals");
        await Pages.ClickAndWaitForNextPageAsync(page, page.Locator("tr", new() { HasText = title }).GetByRole(AriaRole.Link, new() { Name = notice }));
        await Axe.AssertAccessibleAsync(page);
        Assert.Contains(title, await page.Locator(".govuk-caption-l").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#decision").CheckAsync();
        await page.Locator("#noConflictOfInterest").CheckAsync();
        await Pages.ClickAsync(page, "Record my decision");
        Assert.Equal("Approvals waiting", await Pages.HeadingAsync(page));
    }
}
