using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NoticeFunctions.Tests.Support;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// A procurement already under way on Find a Tender adopted through the API, from its published release or by its
/// notice id, and registered under Find a Tender's own ocid at the stage its notices leave it.
/// </summary>
public sealed class ApiAdoptionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    /// <summary>UK4, ocds-h6vhtk-06f17d; UK7, ocds-h6vhtk-06f19e: both published on 3 September 2026.</summary>
    private const string TenderNoticeId = "083563-2026";
    private const string ContractDetailsFile = "083608-2026_UK7.json";

    /// <summary>The buyers of the tender notice and of the contract details notice.</summary>
    private static readonly (string Id, string Name) ScienceMuseum = ("GB-PPON-PDTR-3338-MNPG", "Science Museum Group");
    private static readonly (string Id, string Name) WestNorthamptonshire = ("GB-PPON-PGDV-8944-CMBP", "West Northamptonshire Council");

    private readonly FakeFindATender _findATender = new(new Dictionary<string, string>
    {
        [TenderNoticeId] = Sample("083563-2026_UK4.json"),
    });

    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await StartAsync(ScienceMuseum);

    /// <summary>The app serving one authority (a deployment adopts only its own procurements), on 7 September 2026.</summary>
    private Task<TestApp> StartAsync((string Id, string Name) authority) => TestApp.StartAsync(
        new Dictionary<string, string?> { ["Authority:BuyerId"] = authority.Id, ["Authority:BuyerName"] = authority.Name },
        azurite: azurite.Process,
        clock: new FakeTimeProvider(new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.FromHours(1))),
        findATender: _findATender);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Adopt_APublishedContractDetailsRelease_IsRegisteredUnderItsOcidWithTheContractInForce()
    {
        await using var app = await StartAsync(WestNorthamptonshire);
        using var commissioner = await app.SignInAsync("ada.lovelace", "Commissioner");

        using var response = await commissioner.PostJsonAsync("/api/procurements/adoptions", $$"""{"releases":[{{Sample(ContractDetailsFile)}}]}""");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var procurement = JsonDocument.Parse(await commissioner.GetPageAsync(response.Headers.Location!.OriginalString)).RootElement;

        Assert.Equal("ocds-h6vhtk-06f19e", procurement.GetProperty("ocid").GetString());
        Assert.Equal("Contracted", procurement.GetProperty("status").GetString());
        Assert.Contains(procurement.GetProperty("notices").EnumerateArray(), n => n.GetProperty("type").GetString() == "UK7");
    }

    [Fact]
    public async Task Adopt_ByFindATenderNoticeId_FetchesTheReleaseAndRegistersTheTender()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace", "Commissioner");

        using var response = await commissioner.PostJsonAsync("/api/procurements/adoptions", $$"""{"noticeIds":["{{TenderNoticeId}}"]}""");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var procurement = JsonDocument.Parse(await commissioner.GetPageAsync(response.Headers.Location!.OriginalString)).RootElement;

        Assert.Contains(TenderNoticeId, _findATender.Requested);
        Assert.Equal("ocds-h6vhtk-06f17d", procurement.GetProperty("ocid").GetString());
        Assert.Equal("Tendering", procurement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"releases":[],"noticeIds":[]}""")]
    [InlineData("""{"releases":[{}],"noticeIds":["083563-2026"]}""")]
    public async Task Adopt_NeitherOrBothWays_IsRefusedNamingTheField(string body)
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace", "Commissioner");

        using var response = await commissioner.PostJsonAsync("/api/procurements/adoptions", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"releases\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adopt_ANoticeFindATenderDoesNotHave_IsRefusedNamingTheNoticeIds()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace", "Commissioner");

        using var response = await commissioner.PostJsonAsync("/api/procurements/adoptions", """{"noticeIds":["999999-2026"]}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("noticeIds", text, StringComparison.Ordinal);
        Assert.Contains("999999-2026", text, StringComparison.Ordinal);
    }

    private static string Sample(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Adoption", "Samples", file));
}
