using System.Text.Json;
using Microsoft.Playwright;
using Notices.Azurite;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>Runs axe-core (from the repository's node_modules) on a page and fails on any WCAG 2.2 A or AA violation.</summary>
internal static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "node_modules", "axe-core", "axe.min.js")));

    private const string Run = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
            return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }));
        }
        """;

    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var violations = await page.EvaluateAsync<JsonElement>(Run);
        Assert.True(violations.GetArrayLength() == 0, $"axe found WCAG violations on {page.Url}: {violations}");
    }
}
