using System.Net;
using System.Text;
using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Xunit;

namespace NoticeFunctions.Tests;

public sealed class SignInTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task DevelopmentSignIn_UserAndRolesPicked_PagesShowThatUser()
    {
        using var client = await _app.SignInAsync("alan.turing", "Approver");

        var dashboard = await client.GetPageAsync("/");

        Assert.Contains("Signed in as <strong>Alan Turing</strong>", dashboard, StringComparison.Ordinal);
        Assert.Contains("(Approver)", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentSignIn_NoRolesPicked_UsesThePersonsUsualRoles()
    {
        using var client = await _app.SignInAsync("alan.turing");

        var dashboard = await client.GetPageAsync("/");

        Assert.Contains("(Commissioner, Approver)", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentSignIn_UnknownUser_ShowsErrorSummaryAndSignsNobodyIn()
    {
        using var client = _app.Client();

        using var response = await client.SubmitFormAsync("/dev/sign-in", [new("UserId", "nobody")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("Select who you are", page, StringComparison.Ordinal);
        using var dashboard = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
    }

    [Fact]
    public async Task DevelopmentSignIn_PostWithoutAntiforgeryToken_IsRefused()
    {
        using var client = _app.Client();
        await client.GetPageAsync("/dev/sign-in");

        using var response = await client.Http.PostAsync(
            new Uri("/dev/sign-in", UriKind.Relative),
            new FormUrlEncodedContent([new("UserId", "ada.lovelace")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var dashboard = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
    }

    [Fact]
    public async Task Page_Anonymous_RedirectsToDevelopmentSignIn()
    {
        using var client = _app.Client();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dev/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedPrincipalHeader_NotBehindAppServiceAuthentication_IsIgnored()
    {
        using var client = _app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principal("mallory", "Administrator"));
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-ID", "mallory");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dev/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentSignIn_OutsideDevelopment_AppRefusesToStart()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestApp.StartAsync(
            new Dictionary<string, string?> { ["SignIn:DevelopmentSignIn"] = "true" },
            environment: "Production"));

        Assert.Contains("only runs in Development", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentSignIn_Off_SignInPageIsNotThere()
    {
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["SignIn:DevelopmentSignIn"] = "false" });
        using var client = app.Client();

        using var response = await client.GetAsync("/dev/sign-in");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TrustedAppServicePrincipal_HeaderSignsInWithItsRoles()
    {
        // The forms are served by the web app in Azure, behind App Service Authentication, and call the API as the person.
        await using var apps = await WebAppAndApi.StartAsync();
        using var client = new Support.WebClient(apps.Web.Address);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        foreach (var (name, value) in apps.HeadersFor("joan-object-id", "Joan Clarke", "Approver"))
        {
            request.Headers.Add(name, value);
        }

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Signed in as <strong>Joan Clarke</strong>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrustedAppServicePrincipal_NoRoleOfThisApp_IsForbidden()
    {
        await using var app = await StartBehindAppServiceAuthenticationAsync();

        using var response = await GetAsPrincipalAsync(app, "/", "Eve", "eve-object-id", "Reader");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TrustedAppServicePrincipal_Commissioner_RegistersThroughTheApi()
    {
        await using var app = await StartBehindAppServiceAuthenticationAsync();
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/procurements")
        {
            Content = new StringContent(ApiJourney.RegisterBody(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principal("Joan Clarke", "Commissioner"));
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-ID", "joan-object-id");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var timeline = await GetAsPrincipalAsync(app, $"/api/procurements/{created.RootElement.GetProperty("id").GetString()}/timeline", "Joan Clarke", "joan-object-id", "Commissioner");
        Assert.Contains("joan-object-id", await timeline.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static Task<TestApp> StartBehindAppServiceAuthenticationAsync() =>
        TestApp.StartAsync(new Dictionary<string, string?> { ["SignIn:TrustAppServicePrincipal"] = "true" }, environment: "Production");

    /// <summary>A request as App Service Authentication forwards it: the signed-in user in its headers.</summary>
    internal static async Task<HttpResponseMessage> GetAsPrincipalAsync(TestApp app, string path, string name, string id, params string[] roles)
    {
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principal(name, roles));
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-ID", id);
        return await client.Http.SendAsync(request);
    }

    /// <summary>The header App Service Authentication sends: base64 JSON of the claims.</summary>
    internal static string Principal(string name, params string[] roles)
    {
        var claims = new List<object> { new { typ = "name", val = name } };
        claims.AddRange(roles.Select(r => new { typ = "roles", val = r }));
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", claims, name_typ = "name", role_typ = "roles" });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }
}
