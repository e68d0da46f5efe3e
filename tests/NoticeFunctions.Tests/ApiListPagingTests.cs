using System.Net;
using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Notices.Domain.Notices;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// The paged lists a page at a time, as many to a page as <c>max</c> asks, on an app of the test's own (so a list
/// holds only what the test put there); and the register of published notices.
/// </summary>
public sealed class ApiListPagingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private TestApp _app = null!;
    private Support.WebClient _commissioner = null!;
    private Support.WebClient _approver = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(azurite: azurite.Process);
        _commissioner = await _app.SignInAsync("ada.lovelace");
        _approver = await _app.SignInAsync("grace.hopper");
    }

    public async Task DisposeAsync()
    {
        _commissioner.Dispose();
        _approver.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Procurements_MaxOne_GivesOneAtATimeWithAContinuationToTheOther()
    {
        string[] ids = [await ApiJourney.RegisterAsync(_commissioner, "Street lighting"), await ApiJourney.RegisterAsync(_commissioner, "Grounds maintenance")];

        var listed = await PagesOfOneAsync(_commissioner, $"/api/procurements?buyerId={ApiJourney.BuyerId}&max=1", "procurementId");

        Assert.Equal(ids.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Approvals_MaxOne_GivesOneAtATimeWithAContinuationToTheOther()
    {
        foreach (var title in new[] { "Street lighting", "Grounds maintenance" })
        {
            var id = await ApiJourney.RegisterAsync(_commissioner, title);
            var key = await ApiJourney.DraftAsync(_commissioner, id, NoticeType.UK4);
            await ApiJourney.MustAsync(_commissioner, $"/api/procurements/{id}/notices/{key}/submission", "{}");
        }

        var listed = await PagesOfOneAsync(_approver, "/api/approvals?max=1", "procurementId");

        Assert.Equal(2, listed.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Contracts_MaxOne_GivesOneAtATimeWithAContinuationToTheOther()
    {
        string[] ids = [await ContractJourney.ContractedAsync(_app, "Street lighting"), await ContractJourney.ContractedAsync(_app, "Grounds maintenance")];

        // Each contract moves the clock past a standstill, and the sign-in with it: a reader signs in now.
        using var reader = await _app.SignInAsync("ada.lovelace");

        var listed = await PagesOfOneAsync(reader, "/api/contracts?max=1", "procurementId");

        Assert.Equal(ids.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PublishedNotices_AfterANoticeIsPublished_ListIt()
    {
        var id = await ApiJourney.RegisterAsync(_commissioner);
        var key = await ApiJourney.PublishAsync(_commissioner, _approver, id, NoticeType.UK4);
        using var release = JsonDocument.Parse(await _commissioner.GetPageAsync($"/api/procurements/{id}/notices/{key}/release"));

        using var page = JsonDocument.Parse(await _approver.GetPageAsync("/api/published-notices"));

        var notice = Assert.Single(page.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(id, notice.GetProperty("procurementId").GetString());
        Assert.Equal(key, notice.GetProperty("noticeKey").GetString());
        Assert.Equal(release.RootElement.GetProperty("id").GetString(), notice.GetProperty("noticeId").GetString());
        Assert.Matches("^[0-9]{6}-[0-9]{4}$", notice.GetProperty("noticeId").GetString()!);
        Assert.Equal(release.RootElement.GetProperty("ocid").GetString(), notice.GetProperty("ocid").GetString());
        Assert.False(string.IsNullOrEmpty(notice.GetProperty("ocid").GetString()));
        Assert.Equal(JsonValueKind.Null, page.RootElement.GetProperty("continuation").ValueKind);
    }

    [Fact]
    public async Task PublishedNotices_MaxOne_GivesOneAtATimeWithAContinuationToTheOther()
    {
        var first = await ApiJourney.RegisterAsync(_commissioner, "Street lighting");
        var second = await ApiJourney.RegisterAsync(_commissioner, "Grounds maintenance");
        string[] published =
        [
            $"{first}/{await ApiJourney.PublishAsync(_commissioner, _approver, first, NoticeType.UK4)}",
            $"{second}/{await ApiJourney.PublishAsync(_commissioner, _approver, second, NoticeType.UK4)}",
        ];

        var listed = await PagesOfOneAsync(_commissioner, "/api/published-notices?max=1", "procurementId", "noticeKey");

        Assert.Equal(published.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PublishedNotices_NobodySignedIn_Is401WhereAReaderIsAnswered()
    {
        using var anonymous = _app.Client();

        using var response = await anonymous.GetAsync("/api/published-notices");
        using var signedIn = await _commissioner.GetAsync("/api/published-notices");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    /// <summary>
    /// Reads the list a page at a time: the first holds one item and a continuation, each after it at most one,
    /// until one has no continuation. Returns each item's <paramref name="properties"/>, joined by '/'.
    /// </summary>
    private static async Task<List<string>> PagesOfOneAsync(Support.WebClient client, string path, params string[] properties)
    {
        var listed = new List<string>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var next = continuation is null ? path : $"{path}&continuation={Uri.EscapeDataString(continuation)}";
            using var page = JsonDocument.Parse(await client.GetPageAsync(next));
            var items = page.RootElement.GetProperty("items").EnumerateArray().ToList();
            continuation = page.RootElement.GetProperty("continuation").GetString();
            if (pages++ == 0)
            {
                Assert.True(items.Count == 1 && continuation is not null, $"the first page is not one item and a continuation: {page.RootElement}");
            }

            Assert.True(items.Count <= 1, $"a page of more than one: {page.RootElement}");
            listed.AddRange(items.Select(item => string.Join('/', properties.Select(p => item.GetProperty(p).GetString()))));
            Assert.True(pages <= 3, $"more pages than items: {string.Join(", ", listed)}");
        }
        while (continuation is not null);

        Assert.Equal(2, listed.Count);
        return listed;
    }
}
