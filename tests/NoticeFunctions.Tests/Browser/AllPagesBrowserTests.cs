using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>
/// Every page of the forms, found from the app's own routes, opened in the browser and checked with axe (WCAG 2.2 AA):
/// a page added without being opened here fails the test. Three pages show a contract copy only at the stage each
/// needs; the contract-copy journey opens them there, with the same check.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AllPagesBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>Pages opened, with axe, by <see cref="ContractCopyBrowserTests"/> at the stage each needs.</summary>
    private static readonly string[] OpenedByTheContractCopyJourney =
    [
        "procurements/{id}/contract-copies/{copyKey}/upload",
        "procurements/{id}/contract-copies/{copyKey}/redactions",
        "procurements/{id}/contract-copies/{copyKey}/review",
    ];

    private BrowserApp _app = null!;

    public async Task InitializeAsync() => _app = await BrowserApp.StartAsync(azurite);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task EveryPage_OpenedByACommissionerAndApprover_PassesAxe()
    {
        var waiting = await Seed.RegisterAsync(_app, "Street lighting " + UniqueName.Key("s"), Seed.AlanTuring);
        var waitingKey = await Seed.SubmitTenderNoticeAsync(_app, waiting, Seed.AlanTuring);
        var published = await Seed.RegisterAsync(_app, "Grounds maintenance " + UniqueName.Key("g"), Seed.AlanTuring);
        var publishedKey = await Seed.SubmitTenderNoticeAsync(_app, published, Seed.AlanTuring);
        await Seed.ApproveAndWaitForPublicationAsync(_app, published, publishedKey, Seed.GraceHopper);
        var addresses = new Dictionary<string, string>
        {
            [""] = "/",
            ["approvals"] = "/approvals",
            ["approvals/{id}/{key}"] = $"/approvals/{waiting}/{waitingKey}",
            ["contracts"] = "/contracts",
            ["dev/sign-in"] = "/dev/sign-in",
            ["error/{status:int}"] = "/error/404",
            ["forbidden"] = "/forbidden",
            ["obligations"] = "/obligations",
            ["procurements"] = "/procurements",
            ["procurements/new"] = "/procurements/new",
            ["procurements/{id}"] = $"/procurements/{waiting}",
            ["procurements/{id}/award"] = $"/procurements/{waiting}/award",
            ["procurements/{id}/contract"] = $"/procurements/{waiting}/contract",
            ["procurements/{id}/contract-copies"] = $"/procurements/{waiting}/contract-copies",
            ["procurements/{id}/contract/change"] = $"/procurements/{waiting}/contract/change",
            ["procurements/{id}/contract/end"] = $"/procurements/{waiting}/contract/end",
            ["procurements/{id}/notices/new"] = $"/procurements/{waiting}/notices/new",
            ["procurements/{id}/notices/new/{type}"] = $"/procurements/{waiting}/notices/new/uk6",
            ["procurements/{id}/notices/{key}"] = $"/procurements/{waiting}/notices/{waitingKey}",
            ["published"] = "/published",
            ["published/{id}/{key}"] = $"/published/{published}/{publishedKey}",
            // Last: it signs the person out.
            ["dev/sign-out"] = "/dev/sign-out",
        };

        Assert.Equal(PageRoutes().Except(OpenedByTheContractCopyJourney).Order(), addresses.Keys.Order());
        var page = await _app.NewUserAsync();
        await Pages.SignInAsync(page, "Alan Turing");
        foreach (var (route, address) in addresses)
        {
            var response = await page.GotoAsync(address);
            Assert.True(response is { Status: < 500 }, $"{address} ({route}) answered {response?.Status}.");
            await Axe.AssertAccessibleAsync(page);
        }
    }

    // The app's Razor Pages, by route template.
    private IEnumerable<string> PageRoutes() =>
        _app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct();
}
