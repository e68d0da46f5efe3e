using System.Net;
using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Notices.Domain.Notices;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>Procurements through the JSON API against the app and Azurite, the work queue worked by the in-process trigger loop.</summary>
public sealed class ApiJourneyTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TenderNotice_DraftedSubmittedApprovedByAnotherUser_IsPublished()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        using var approver = await _app.SignInAsync("grace.hopper");

        var id = await ApiJourney.RegisterAsync(commissioner);
        var key = await ApiJourney.DraftAsync(commissioner, id, NoticeType.UK4);
        using (var submitted = await ApiJourney.SubmitAsync(commissioner, id, key))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        using (var approvals = await approver.GetAsync("/api/approvals"))
        {
            Assert.Contains(key, await approvals.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var approved = await ApiJourney.ApproveAsync(approver, id, key))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        var timeline = await ApiJourney.WaitForTimelineAsync(commissioner, id, "Published the");
        Assert.Contains("Grace Hopper", timeline, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ByTheUserWhoSubmitted_IsRefusedAndNothingChanges()
    {
        using var both = await _app.SignInAsync("alan.turing");
        var id = await ApiJourney.RegisterAsync(both);
        var key = await ApiJourney.DraftAsync(both, id, NoticeType.UK4);
        using (var submitted = await ApiJourney.SubmitAsync(both, id, key))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        var before = await both.GetPageAsync($"/api/procurements/{id}/timeline");

        using var response = await ApiJourney.ApproveAsync(both, id, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("detail").GetString()));
        Assert.Equal(before, await both.GetPageAsync($"/api/procurements/{id}/timeline"));
    }

    [Fact]
    public async Task Register_ThenListByBuyer_ShowsTheProcurement()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        var id = await ApiJourney.RegisterAsync(commissioner, "Street lighting maintenance");

        var list = await commissioner.GetPageAsync($"/api/procurements?buyerId={ApiJourney.BuyerId}");
        var one = await commissioner.GetPageAsync($"/api/procurements/{id}");

        Assert.Contains("Street lighting maintenance", list, StringComparison.Ordinal);
        Assert.Contains("Street lighting maintenance", one, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        using var client = _app.Client();

        var document = await client.GetPageAsync("/api/openapi.json");

        using var json = JsonDocument.Parse(document);
        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/procurements", out _));
        Assert.True(paths.TryGetProperty("/api/procurements/{id}/notices/{noticeKey}/approval", out _));
        Assert.True(paths.TryGetProperty("/api/health", out _));
    }
}
