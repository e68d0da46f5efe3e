using System.Net;
using NoticeFunctions.Hosting;
using NoticeFunctions.Tests.Support;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// The app as the Functions host runs it (FUNCTIONS_CUSTOMHANDLER_PORT set): the public paths the host proxies
/// (the forms under /app, the API under /api).
/// </summary>
public sealed class CustomHandlerContractTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(
        new Dictionary<string, string?> { [NoticeFunctionsExtensions.CustomHandlerPortVariable] = "free" }, azurite: azurite.Process);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Forms_UnderTheHostsAppPrefix_RedirectAndLinkUnderThatPrefix()
    {
        using var client = _app.Client();

        using var dashboard = await client.GetAsync("/app/");
        var signIn = await client.GetPageAsync("/app/dev/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("/app/dev/sign-in?ReturnUrl=%2Fapp%2F", new Uri(_app.Address, dashboard.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_SignedInUnderTheHostsAppPrefix_LinksAndAssetsCarryThePrefix()
    {
        using var client = _app.Client();
        using var signedIn = await client.SubmitFormAsync("/app/dev/sign-in", [new("UserId", "ada.lovelace")]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/app/", new Uri(_app.Address, signedIn.Headers.Location!).AbsolutePath);

        var dashboard = await client.GetPageAsync("/app/");
        using var stylesheet = await client.GetAsync("/app/assets/govuk-frontend.min.css");

        Assert.Contains("href=\"/app/assets/govuk-frontend.min.css\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/app/procurements\"", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
    }

    [Fact]
    public async Task Api_UnderTheHostsApiPrefix_IsServedAsItIs()
    {
        using var client = _app.Client();

        using var health = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
