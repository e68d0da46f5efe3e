using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using NoticeFunctions.Tests.Support;
using Notices.Api;
using Xunit;

namespace NoticeFunctions.Tests.FunctionApp;

/// <summary>
/// The API as the Function App serves it, over real HTTP: each request is routed by the published functions'
/// own routes and methods, as the Functions host routes it, to the function's name, and that name's endpoint runs
/// through the endpoint table (route values, sign-in by App Service Authentication's header, roles, problems),
/// on the local Durable engine over Azurite.
/// </summary>
[Collection(PublishedFunctionAppTests.Name)]
public sealed class FunctionRoutingTests(PublishedFunctionApp published) : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(
        new Dictionary<string, string?> { ["SignIn:TrustAppServicePrincipal"] = "true" },
        environment: "Production",
        pipeline: RouteAsTheFunctionsHostDoes);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Command_ByACommissioner_IsRecordedAndReadBackThroughItsFunctions()
    {
        using var commissioner = SignedIn("Joan Clarke", "Commissioner");

        var id = await ApiJourney.RegisterAsync(commissioner);
        var procurement = await commissioner.GetPageAsync($"/api/procurements/{id}");
        using var timeline = await commissioner.GetAsync($"/api/procurements/{id}/timeline");

        Assert.Equal("Waste collection services", JsonDocument.Parse(procurement).RootElement.GetProperty("details").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
        Assert.Contains("Joan Clarke", await timeline.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithNobodySignedIn_IsAskedToSignInAsProblemDetails()
    {
        using var anonymous = _app.Client();

        using var response = await anonymous.GetAsync($"/api/procurements?buyerId={ApiJourney.BuyerId}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sign in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_ByARoleThatMayNotSendIt_IsRefusedAndNothingIsRecorded()
    {
        using var approver = SignedIn("Grace Hopper", "Approver");

        using var response = await approver.PostJsonAsync("/api/procurements", ApiJourney.RegisterBody());
        var list = await approver.GetPageAsync($"/api/procurements?buyerId={ApiJourney.BuyerId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Read_OfAnUnknownProcurement_IsNotFoundNamingIt()
    {
        using var commissioner = SignedIn("Joan Clarke", "Commissioner");

        using var response = await commissioner.GetAsync("/api/procurements/no-such-procurement");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-procurement", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/health", "storage")]
    [InlineData("/api/openapi.json", "Notice Functions API")]
    public async Task OpenEndpoints_WithNobodySignedIn_AnswerThroughTheirFunctions(string path, string expected)
    {
        using var anonymous = _app.Client();

        using var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private Support.WebClient SignedIn(string name, params string[] roles)
    {
        var client = _app.Client();
        client.Http.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL", SignInTests.Principal(name, roles));
        client.Http.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL-ID", name.Replace(' ', '.').ToLowerInvariant());
        return client;
    }

    // The host's part: find the function whose route and method match, else 404; the app's part: run its endpoint.
    // Every function is anonymous to the host (the endpoint authorises), so the host's catch-all is too.
    private void RouteAsTheFunctionsHostDoes(WebApplication app)
    {
        var table = new ApiEndpointTable(app.Services);
        var routes = published.Functions.Where(f => f.TriggerType == "httpTrigger")
            .Select(f => (f.Name, f.Methods, Matcher: new TemplateMatcher(TemplateParser.Parse("api/" + f.Route), new RouteValueDictionary())))
            .ToList();
        app.Map("/{**path}", async (HttpContext context) =>
        {
            var function = routes.FirstOrDefault(r =>
                r.Methods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase) && r.Matcher.TryMatch(context.Request.Path, new RouteValueDictionary()));
            if (function.Name is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await table.InvokeAsync(function.Name, context);
        }).AllowAnonymous();
    }
}
