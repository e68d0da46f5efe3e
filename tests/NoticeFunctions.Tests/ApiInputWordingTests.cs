using System.Net;
using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// What a new user is told when a body is wrong: the field by its JSON path and what it may hold, in words, never a
/// type name of the code; malformed JSON as malformed JSON; amounts as plain pounds; and nothing registered.
/// </summary>
public sealed class ApiInputWordingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
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
    public async Task Register_UnknownProcedure_NamesTheFieldAndListsTheProceduresByTheirJsonNames()
    {
        var errors = await RefusedAsync(Body("\"procedure\":\"Open\"", "\"procedure\":\"Opne\""), "procedure");

        Assert.Contains("Open", errors, StringComparison.Ordinal);
        Assert.Contains("CompetitiveFlexible", errors, StringComparison.Ordinal);
        Assert.Contains("BelowThresholdWithoutCompetition", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WrongTypeInALot_NamesTheLotsFieldByItsPathAndWhatItHolds()
    {
        var errors = await RefusedAsync(Body("\"estimatedValue\":3900000", "\"estimatedValue\":\"lots\"", first: false), "lots[0].estimatedValue");

        Assert.Contains("pounds", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_TextWhereTheTitleGoes_NamesTheTitle()
    {
        var errors = await RefusedAsync(Body("\"title\":\"Waste collection services\"", "\"title\":42"), "title");

        Assert.Contains("text", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_AnArrayForTheBody_SaysTheBodyIsAnObjectOfTheseFields()
    {
        var errors = await RefusedAsync("[1,2]", "body");

        Assert.Contains("buyerId", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"buyerId": "GB-PPON-X", "title": """)]
    [InlineData("""{"buyerId": "GB-PPON-X", "title": "x",}""")]
    [InlineData("""buyerId=GB-PPON-X""")]
    [InlineData("""{"estimatedValue": NaN}""")]
    public async Task Register_MalformedJson_IsReportedAsMalformedJsonWithWhereAndNotBlamedOnAField(string body)
    {
        using var response = await _commissioner.PostJsonAsync("/api/procurements", body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["body"], errors.EnumerateObject().Select(p => p.Name));
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("not valid JSON", detail, StringComparison.Ordinal);
        Assert.Contains("line 1", detail, StringComparison.Ordinal);
        await AssertNothingRegisteredAsync();
    }

    [Theory]
    [InlineData("\"estimatedValue\":7800000", "\"estimatedValue\":7.8e6", "estimatedValue")]
    [InlineData("\"estimatedValue\":7800000", "\"estimatedValue\":\"7800000\"", "estimatedValue")]
    [InlineData("\"estimatedValue\":7800000", "\"estimatedValue\":\"NaN\"", "estimatedValue")]
    [InlineData("\"estimatedValue\":7800000", "\"estimatedValue\":7800000.125", "estimatedValue")]
    [InlineData("\"estimatedValue\":7800000", "\"estimatedValue\":-7800000", "estimatedValue")]
    [InlineData("\"estimatedValue\":3900000", "\"estimatedValue\":1E6", "lots[0].estimatedValue")]
    public async Task Register_AnAmountNotPlainPounds_IsRefusedNamingTheFieldAndThePattern(string from, string to, string field)
    {
        var errors = await RefusedAsync(Body(from, to, first: field == "estimatedValue"), field);

        Assert.Contains("pounds", errors, StringComparison.Ordinal);
        Assert.Contains("2 decimal places", errors, StringComparison.Ordinal);
        await AssertNothingRegisteredAsync();
    }

    [Fact]
    public async Task Register_PenceToTwoPlaces_IsAccepted()
    {
        using var response = await _commissioner.PostJsonAsync("/api/procurements", Body("\"estimatedValue\":7800000", "\"estimatedValue\":7800000.50"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        _registered.Add(created.RootElement.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Procurement_Answer_SaysAmountsIncludeVat()
    {
        var id = await ApiJourney.RegisterAsync(_commissioner);
        _registered.Add(id);

        using var procurement = JsonDocument.Parse(await _commissioner.GetPageAsync($"/api/procurements/{id}"));

        Assert.True(procurement.RootElement.GetProperty("amountsIncludeVat").GetBoolean());
    }

    [Fact]
    public async Task Problem_WithAPlusInIt_IsWrittenPlainly()
    {
        using var response = await _commissioner.PostJsonAsync("/api/procurements", Body("\"title\"", "\"a+b\""));

        var raw = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("a+b", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u002B", raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task List_UnknownStatus_NamesTheStatusAndListsTheStatuses()
    {
        using var response = await _commissioner.GetAsync("/api/procurements?status=Tenderin");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out var messages), problem.ToString());
        Assert.Contains("Tendering", messages.ToString(), StringComparison.Ordinal);
        Assert.Contains("ContractEnded", messages.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Obligations_ImpossibleDateInTheQuery_SaysHowToWriteADate()
    {
        using var response = await _commissioner.GetAsync("/api/obligations?from=2025-13-45");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("YYYY-MM-DD", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("DateOnly", problem.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The register body with one piece replaced (its first occurrence, or its last with <paramref name="first"/> false).</summary>
    private static string Body(string from, string to, bool first = true)
    {
        var body = ApiJourney.RegisterBody();
        var at = first ? body.IndexOf(from, StringComparison.Ordinal) : body.IndexOf(from, body.IndexOf("\"lots\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(at >= 0, $"{from} is not in {body}");
        return string.Concat(body.AsSpan(0, at), to, body.AsSpan(at + from.Length));
    }

    /// <summary>Posts the body; asserts a 400 naming <paramref name="field"/> and free of the code's type names; returns its messages.</summary>
    private async Task<string> RefusedAsync(string body, string field)
    {
        using var response = await _commissioner.PostJsonAsync("/api/procurements", body);
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        var text = problem.ToString();
        foreach (var leak in new[] { "NoticeFunctions.", "Notices.", "System.", "could not be converted", "Request", "Nullable", "Decimal" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }

        return messages.ToString();
    }

    /// <summary>The authority's list holds only what this class's own tests registered on purpose.</summary>
    private async Task AssertNothingRegisteredAsync()
    {
        using var page = JsonDocument.Parse(await _commissioner.GetPageAsync($"/api/procurements?buyerId={ApiJourney.BuyerId}"));
        Assert.All(page.RootElement.GetProperty("items").EnumerateArray(), p => Assert.Contains(p.GetProperty("procurementId").GetString()!, _registered));
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
