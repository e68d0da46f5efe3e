using System.Net;
using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// A deployment serves one contracting authority (Authority:BuyerId): commands for another buyer are refused naming
/// buyerId and the authority served, and lists are only of its own procurements.
/// </summary>
public sealed class ApiAuthorityTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string AnotherBuyer = "GB-PPON-PZZZ-9999-ZZZZ";

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
    public async Task Register_ForAnotherBuyer_IsRefusedNamingTheBuyerAndTheAuthorityServed()
    {
        using var response = await _commissioner.PostJsonAsync("/api/procurements", ApiJourney.RegisterBody().Replace(ApiJourney.BuyerId, AnotherBuyer, StringComparison.Ordinal));

        var message = await RefusedAsync(response);
        Assert.Contains(ApiJourney.BuyerId, message, StringComparison.Ordinal);
        Assert.Contains(ApiJourney.BuyerName, message, StringComparison.Ordinal);
        using var mine = JsonDocument.Parse(await _commissioner.GetPageAsync($"/api/procurements?buyerId={ApiJourney.BuyerId}"));
        Assert.DoesNotContain(mine.RootElement.GetProperty("items").EnumerateArray(), p => p.GetProperty("buyerId").GetString() == AnotherBuyer);
    }

    [Fact]
    public async Task Adopt_AnotherBuyersRelease_IsRefusedNamingTheBuyer()
    {
        var release = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Adoption", "Samples", "083608-2026_UK7.json"));

        using var response = await _commissioner.PostJsonAsync("/api/procurements/adoptions", $$"""{"releases":[{{release}}]}""");

        var message = await RefusedAsync(response);
        Assert.Contains("GB-PPON-PGDV-8944-CMBP", message, StringComparison.Ordinal);
        Assert.Contains(ApiJourney.BuyerId, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ForAnotherBuyer_IsRefusedAndWithoutABuyerListsTheAuthoritysOwn()
    {
        var id = await ApiJourney.RegisterAsync(_commissioner);

        using var other = await _commissioner.GetAsync($"/api/procurements?buyerId={AnotherBuyer}");
        using var contracts = await _commissioner.GetAsync($"/api/contracts?buyerId={AnotherBuyer}");
        using var csv = await _commissioner.GetAsync($"/api/contracts.csv?buyerId={AnotherBuyer}");
        var own = await _commissioner.GetPageAsync("/api/procurements");

        await RefusedAsync(other);
        await RefusedAsync(contracts);
        await RefusedAsync(csv);
        Assert.Contains(id, own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WithNoAuthoritySet_Is503SayingWhichSettingsToSet()
    {
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["Authority:BuyerId"] = "", ["Authority:BuyerName"] = "" }, azurite: azurite.Process);
        using var commissioner = await app.SignInAsync("ada.lovelace");

        using var register = await commissioner.PostJsonAsync("/api/procurements", ApiJourney.RegisterBody());
        using var list = await commissioner.GetAsync("/api/procurements");

        foreach (var response in new[] { register, list })
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.StatusCode}: {text}");
            Assert.Contains("Authority:BuyerId", text, StringComparison.Ordinal);
        }
    }

    /// <summary>Asserts a 422 problem naming buyerId; returns its message.</summary>
    private static async Task<string> RefusedAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("buyerId", out var messages), text);
        return messages.ToString();
    }
}
