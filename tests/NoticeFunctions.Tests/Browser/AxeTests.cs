using Xunit;
using Xunit.Sdk;

namespace NoticeFunctions.Tests.Browser;

/// <summary>The accessibility check itself: it must fail on a page that breaks WCAG, or its passes on the app's pages mean nothing.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AxeTests
{
    [Fact]
    public async Task AssertAccessible_ImageWithoutAlternativeText_FailsNamingTheRule()
    {
        await using var browser = await BrowserSession.StartAsync(new Uri("http://127.0.0.1/"));
        await browser.Page.SetContentAsync(
            """<!DOCTYPE html><html lang="en"><head><title>Contract</title></head><body><main><h1>Contract</h1><img src="data:,"></main></body></html>""");

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => Axe.AssertAccessibleAsync(browser.Page));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
    }
}
