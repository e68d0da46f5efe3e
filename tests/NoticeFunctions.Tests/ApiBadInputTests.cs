using System.Net;
using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>Each way a request can be wrong gets a clear 4xx naming what to fix, and changes nothing.</summary>
public sealed class ApiBadInputTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private Support.WebClient _commissioner = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        _commissioner = await _app.SignInAsync("ada.lovelace");
    }

    public async Task DisposeAsync()
    {
        _commissioner.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Register_MalformedJson_Is400NamingTheBodyAndRegistersNothing()
    {
        using var response = await _commissioner.PostJsonAsync("/api/procurements", """{"buyerId": "GB-PPON-X", "title": """);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        await AssertNothingRegisteredAsync();
    }

    [Fact]
    public async Task Register_WrongTypeForAField_Is400NamingThatField()
    {
        using var response = await _commissioner.PostJsonAsync("/api/procurements", """{"buyerId": "GB-PPON-X", "estimatedValue": "lots"}""");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("estimatedValue", out _), problem.ToString());
    }

    [Fact]
    public async Task Register_MissingFields_Is400NamingEachField()
    {
        using var response = await _commissioner.PostJsonAsync("/api/procurements", """{"buyerId": "GB-PPON-X"}""");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "buyerName", "title", "estimatedValue", "procedure", "nature" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {problem}");
        }

        await AssertNothingRegisteredAsync();
    }

    [Fact]
    public async Task Register_FormEncodedBody_Is415()
    {
        using var response = await _commissioner.Http.PostAsync(
            new Uri("/api/procurements", UriKind.Relative),
            new FormUrlEncodedContent([new("title", "x")]));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        await AssertNothingRegisteredAsync();
    }

    [Fact]
    public async Task Register_OversizedBody_Is413()
    {
        var body = ApiJourney.RegisterBody(new string('x', 300 * 1024));

        using var response = await _commissioner.PostJsonAsync("/api/procurements", body);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingRegisteredAsync();
    }

    [Fact]
    public async Task Procurement_UnknownId_Is404ProblemDetails()
    {
        using var get = await _commissioner.GetAsync("/api/procurements/no-such-procurement");
        using var draft = await _commissioner.PostJsonAsync("/api/procurements/no-such-procurement/notices", ApiJourney.DraftBody(Notices.Domain.Notices.NoticeType.UK4));

        await AssertProblemAsync(get, HttpStatusCode.NotFound);
        await AssertProblemAsync(draft, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Register_ScriptInTitle_IsKeptAsTextAndServedEscapedAsJson()
    {
        const string title = "<script>alert('x')</script>";
        var id = await ApiJourney.RegisterAsync(_commissioner, title);

        using var response = await _commissioner.GetAsync($"/api/procurements/{id}");
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("'x'", raw, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(raw);
        Assert.Equal(title, document.RootElement.GetProperty("state").GetProperty("details").GetProperty("title").GetString());
    }

    private async Task AssertNothingRegisteredAsync()
    {
        var list = await _commissioner.GetPageAsync($"/api/procurements?buyerId=GB-PPON-X");
        using var page = JsonDocument.Parse(list);
        Assert.Equal(0, page.RootElement.GetProperty("items").GetArrayLength());
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        Assert.Equal((int)status, document.RootElement.GetProperty("status").GetInt32());
        return document.RootElement.Clone();
    }
}
