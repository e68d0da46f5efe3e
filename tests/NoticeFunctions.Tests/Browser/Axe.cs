using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>Runs axe (Deque.AxeCore.Playwright) on a page and fails on any WCAG 2.2 A or AA violation.</summary>
internal static class Axe
{
    // The WCAG levels the Service Standard requires (2.2 AA); axe tags its rules by the version that
    // introduced them, so each version's A and AA tags are named.
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(Wcag22AA);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"axe found WCAG violations on {page.Url}: {string.Join(" | ", violations)}");
    }
}
