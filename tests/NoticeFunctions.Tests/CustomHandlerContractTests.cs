using System.Net;
using System.Text;
using NoticeFunctions.Hosting;
using NoticeFunctions.Tests.Support;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// The app as the Functions host runs it (FUNCTIONS_CUSTOMHANDLER_PORT set): the public paths the host proxies
/// (the forms under /app, the API under /api), and nothing else answering a POST the host never sends.
/// </summary>
public sealed class CustomHandlerContractTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(
        new Dictionary<string, string?> { [NoticeFunctionsExtensions.CustomHandlerPortVariable] = "free" }, azurite: azurite.Process);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/app/ProcessWork")]
    [InlineData("/app/Sweep")]
    [InlineData("/api/../ProcessWork")]
    [InlineData("/%50rocessWork")]
    [InlineData("/processwork")]
    [InlineData("/ProcessWork?x=1")]
    public async Task FormerInvocationEndpoint_ReachedByAnyPath_IsNotThere(string target)
    {
        // Sent as written: HttpClient would normalise the dots and the escape away before sending.
        var status = await RawPostAsync(target, """{"Data":{"msg":{"kind":"x"}},"Metadata":{"DequeueCount":1}}""");

        Assert.Equal(404, status);
    }

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

    /// <summary>POSTs with the request target exactly as given, over a plain socket; returns the status code.</summary>
    private async Task<int> RawPostAsync(string target, string body)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_app.Address.Host, _app.Address.Port);
        await using var stream = tcp.GetStream();
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"POST {target} HTTP/1.1\r\nHost: {_app.Address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

}
