using Microsoft.Playwright;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>Steps a person takes in the browser; every page reached is checked with axe.</summary>
internal static class Pages
{
    public static async Task GoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        await Axe.AssertAccessibleAsync(page);
    }

    public static async Task SignInAsync(IPage page, string name)
    {
        await GoAsync(page, "/dev/sign-in");
        await page.GetByLabel(name, new() { Exact = true }).CheckAsync();
        await ClickAsync(page, "Sign in");
    }

    /// <summary>Clicks a button or link by its text, waits for the page that follows, and checks it.</summary>
    public static async Task ClickAsync(IPage page, string text)
    {
        var target = page.GetByRole(AriaRole.Button, new() { Name = text, Exact = true })
            .Or(page.GetByRole(AriaRole.Link, new() { Name = text, Exact = true }));
        await target.First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Axe.AssertAccessibleAsync(page);
    }

    public static Task FillAsync(IPage page, string id, string value) => page.Locator($"#{id}").FillAsync(value);

    public static async Task FillDateAsync(IPage page, string id, DateOnly day, string? time = null)
    {
        await FillAsync(page, $"{id}-day", day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await FillAsync(page, $"{id}-month", day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await FillAsync(page, $"{id}-year", day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (time is not null)
        {
            await FillAsync(page, $"{id}-time", time);
        }
    }

    public static Task SelectAsync(IPage page, string id, string value) => page.Locator($"#{id}").SelectOptionAsync(value);

    /// <summary>Reloads the procurement page until its status reads <paramref name="status"/> (the trigger loop works in the background).</summary>
    public static async Task WaitForStatusAsync(IPage page, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var shown = (await page.Locator("#status").InnerTextAsync()).Trim();
            if (shown == status)
            {
                await Axe.AssertAccessibleAsync(page);
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The procurement never reached '{status}'; it is '{shown}'.");
            await Task.Delay(300);
            await page.ReloadAsync();
        }
    }

    /// <summary>Clicks the link in the table row that mentions <paramref name="rowText"/>.</summary>
    public static async Task ClickRowLinkAsync(IPage page, string rowText)
    {
        await page.Locator("tr", new() { HasText = rowText }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Axe.AssertAccessibleAsync(page);
    }

    public static async Task<string> HeadingAsync(IPage page) => (await page.Locator("h1").First.InnerTextAsync()).Trim();

    public static async Task<IReadOnlyList<string>> ErrorSummaryAsync(IPage page) =>
        await page.Locator(".govuk-error-summary__list a").AllInnerTextsAsync();
}
