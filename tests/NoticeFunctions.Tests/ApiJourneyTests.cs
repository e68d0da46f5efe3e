using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Notices.Domain.Notices;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// Procurements through the JSON API against the app and Azurite, the work queue worked by the
/// in-process trigger loop, and time moved by the test's clock.
/// </summary>
public sealed class ApiJourneyTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Bst = TimeSpan.FromHours(1);

    private TestApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await TestApp.StartAsync(azurite: azurite.Process, clock: new FakeTimeProvider(new DateTimeOffset(2025, 6, 2, 9, 0, 0, Bst)));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Procurement_FromTenderToContractDetails_PublishesEachNoticeAndWaitsOutTheStandstill()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        using var approver = await _app.SignInAsync("grace.hopper");
        var id = await ApiJourney.RegisterAsync(commissioner);
        var procurement = $"/api/procurements/{id}";

        var uk4 = await ApiJourney.PublishAsync(commissioner, approver, id, NoticeType.UK4);
        await ApiJourney.MustAsync(commissioner, $"{procurement}/award", ApiJourney.AwardBody);

        // The contract award notice is published on Tuesday 3 June 2025: standstill to the end of 12 June.
        _app.Clock.SetUtcNow(new DateTimeOffset(2025, 6, 3, 10, 0, 0, Bst));
        var uk6 = await ApiJourney.PublishAsync(commissioner, approver, id, NoticeType.UK6);
        Assert.Equal("Standstill", await StatusAsync(commissioner, id));
        var before = await commissioner.GetPageAsync($"{procurement}/timeline");
        using (var early = await commissioner.PostJsonAsync($"{procurement}/contract", ApiJourney.ContractBody))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        }

        Assert.Equal(before, await commissioner.GetPageAsync($"{procurement}/timeline"));

        // Eight working days pass in an instant. The engine's timer is set by its own clock, days away; a command
        // made after the standstill's end runs the deadline first, so the contract can be entered.
        _app.Clock.SetUtcNow(new DateTimeOffset(2025, 6, 13, 9, 0, 0, Bst));
        await ApiJourney.MustAsync(commissioner, $"{procurement}/contract", ApiJourney.ContractBody);
        await ApiJourney.WaitForTimelineAsync(commissioner, id, "The standstill period ended.");
        var uk7 = await ApiJourney.PublishAsync(commissioner, approver, id, NoticeType.UK7);

        Assert.Equal("Contracted", await StatusAsync(commissioner, id));
        var ocids = new List<string>();
        foreach (var key in new[] { uk4, uk6, uk7 })
        {
            using var release = JsonDocument.Parse(await commissioner.GetPageAsync($"{procurement}/notices/{key}/release"));
            ocids.Add(release.RootElement.GetProperty("ocid").GetString()!);
            Assert.Matches("^[0-9]{6}-2025$", release.RootElement.GetProperty("id").GetString()!);
        }

        Assert.Single(ocids.Distinct());
        var register = await commissioner.GetPageAsync($"/api/contracts?buyerId={ApiJourney.BuyerId}");
        Assert.Contains(id, register, StringComparison.Ordinal);
        var timeline = await commissioner.GetPageAsync($"{procurement}/timeline");
        Assert.Contains("Grace Hopper", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ByTheUserWhoSubmitted_IsRefusedAndNothingChanges()
    {
        using var both = await _app.SignInAsync("alan.turing");
        var id = await ApiJourney.RegisterAsync(both);
        var key = await ApiJourney.DraftAsync(both, id, NoticeType.UK4);
        await ApiJourney.MustAsync(both, $"/api/procurements/{id}/notices/{key}/submission", "{}");
        var before = await both.GetPageAsync($"/api/procurements/{id}/timeline");

        using var response = await ApiJourney.ApproveAsync(both, id, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("someone else must approve", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await both.GetPageAsync($"/api/procurements/{id}/timeline"));
        Assert.Contains(key, await both.GetPageAsync("/api/approvals"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_WithAReason_SendsTheNoticeBackToDraftWithTheReason()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        using var approver = await _app.SignInAsync("grace.hopper");
        var id = await ApiJourney.RegisterAsync(commissioner);
        var key = await ApiJourney.DraftAsync(commissioner, id, NoticeType.UK4);
        await ApiJourney.MustAsync(commissioner, $"/api/procurements/{id}/notices/{key}/submission", "{}");

        await ApiJourney.MustAsync(approver, $"/api/procurements/{id}/notices/{key}/approval", """{"decision":"reject","reason":"The lots do not add up.","noConflictOfInterest":true}""");

        using var notice = JsonDocument.Parse(await commissioner.GetPageAsync($"/api/procurements/{id}/notices/{key}"));
        Assert.Equal("Draft", notice.RootElement.GetProperty("notice").GetProperty("status").GetString());
        Assert.Equal("The lots do not add up.", notice.RootElement.GetProperty("notice").GetProperty("rejection").GetString());
        using var amended = await commissioner.Http.PutAsync(
            new Uri($"/api/procurements/{id}/notices/{key}", UriKind.Relative),
            new StringContent(ApiJourney.AmendBody(NoticeType.UK4), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
    }

    [Fact]
    public async Task Register_ThenListByBuyerAndStatus_ShowsTheProcurement()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        var id = await ApiJourney.RegisterAsync(commissioner, "Street lighting maintenance");

        var planning = await commissioner.GetPageAsync($"/api/procurements?buyerId={ApiJourney.BuyerId}&status=Planning");
        var tendering = await commissioner.GetPageAsync($"/api/procurements?buyerId={ApiJourney.BuyerId}&status=Tendering");
        using var one = JsonDocument.Parse(await commissioner.GetPageAsync($"/api/procurements/{id}"));

        Assert.Contains(id, planning, StringComparison.Ordinal);
        Assert.DoesNotContain(id, tendering, StringComparison.Ordinal);
        Assert.Equal("Street lighting maintenance", one.RootElement.GetProperty("details").GetProperty("title").GetString());
        Assert.Equal("Planning", one.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryCommandAndQuery()
    {
        using var client = _app.Client();

        var document = await client.GetPageAsync("/api/openapi.json");

        using var json = JsonDocument.Parse(document);
        var paths = json.RootElement.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/procurements", "/api/procurements/{id}", "/api/procurements/{id}/timeline", "/api/procurements/{id}/notices",
            "/api/procurements/{id}/notices/{noticeKey}", "/api/procurements/{id}/notices/{noticeKey}/submission",
            "/api/procurements/{id}/notices/{noticeKey}/approval", "/api/procurements/{id}/notices/{noticeKey}/release",
            "/api/procurements/{id}/award", "/api/procurements/{id}/contract", "/api/procurements/{id}/contract/changes",
            "/api/procurements/{id}/contract/ending", "/api/procurements/{id}/failed-work/{workId}/retry",
            "/api/approvals", "/api/obligations", "/api/contracts", "/api/published-notices", "/api/health",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }

        var register = paths.GetProperty("/api/procurements").GetProperty("post");
        Assert.True(register.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(register.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        var approval = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ApprovalRequest");
        Assert.Equal(["decision"], approval.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task PublishedNotice_SaysWhoSubmittedAndWhoApprovedItAndWhen()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        using var approver = await _app.SignInAsync("grace.hopper");
        var id = await ApiJourney.RegisterAsync(commissioner);

        var key = await ApiJourney.PublishAsync(commissioner, approver, id, NoticeType.UK4);

        using var one = JsonDocument.Parse(await commissioner.GetPageAsync($"/api/procurements/{id}/notices/{key}"));
        using var list = JsonDocument.Parse(await commissioner.GetPageAsync($"/api/procurements/{id}/notices"));
        foreach (var notice in new[] { one.RootElement.GetProperty("notice"), list.RootElement.EnumerateArray().Single(n => n.GetProperty("key").GetString() == key) })
        {
            Assert.Equal("Published", notice.GetProperty("status").GetString());
            var submitted = notice.GetProperty("submittedBy");
            var approved = notice.GetProperty("approvedBy");
            Assert.Equal(("ada.lovelace", "Ada Lovelace"), (submitted.GetProperty("id").GetString(), submitted.GetProperty("name").GetString()));
            Assert.Equal(("grace.hopper", "Grace Hopper"), (approved.GetProperty("id").GetString(), approved.GetProperty("name").GetString()));
            Assert.Equal("2025-06-02T09:00:00+01:00", submitted.GetProperty("at").GetString());
            Assert.Equal("2025-06-02T09:00:00+01:00", approved.GetProperty("at").GetString());
        }
    }

    [Fact]
    public async Task Answers_WriteTimesWithTheirOffsetPlainly()
    {
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        var id = await ApiJourney.RegisterAsync(commissioner);
        var key = await ApiJourney.DraftAsync(commissioner, id, NoticeType.UK4);

        // The notice's content holds times as text (its tender deadlines, in summer time); the timeline its own.
        var notice = await commissioner.GetPageAsync($"/api/procurements/{id}/notices/{key}");
        var timeline = await commissioner.GetPageAsync($"/api/procurements/{id}/timeline");

        foreach (var raw in new[] { notice, timeline })
        {
            Assert.Contains("+01:00\"", raw, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u002B", raw, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task OpenApiDocument_GivesEachDraftedNoticeTypeItsSchemaWithAnExampleTheApiDrafts()
    {
        using var client = _app.Client();
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        using var json = JsonDocument.Parse(await client.GetPageAsync("/api/openapi.json"));
        var schemas = json.RootElement.GetProperty("components").GetProperty("schemas");
        NoticeType[] drafted = [NoticeType.UK1, NoticeType.UK2, NoticeType.UK3, NoticeType.UK4, NoticeType.UK5, NoticeType.UK6, NoticeType.UK7, NoticeType.UK9, NoticeType.UK10, NoticeType.UK11, NoticeType.UK12];

        var content = schemas.GetProperty("DraftNoticeRequest").GetProperty("properties").GetProperty("content");
        var amend = schemas.GetProperty("AmendNoticeRequest").GetProperty("properties").GetProperty("content");
        Assert.Equal(drafted.Length, content.GetProperty("oneOf").GetArrayLength());
        Assert.Equal(drafted.Length, amend.GetProperty("oneOf").GetArrayLength());
        foreach (var type in drafted)
        {
            var schema = schemas.GetProperty($"{type}NoticeContent");
            var example = schema.GetProperty("examples")[0];
            Assert.Equal(type.ToString(), example.GetProperty("noticeType").GetString());
            Assert.Equal(type, NoticeJson.Deserialize(example.GetRawText()).Type);
            Assert.True(schema.GetProperty("properties").TryGetProperty("title", out _), $"{type}: {schema}");
        }

        // A tender notice can be drafted on a procurement just registered: its example is drafted as it stands.
        var id = await ApiJourney.RegisterAsync(commissioner);
        var uk4 = schemas.GetProperty("UK4NoticeContent").GetProperty("examples")[0].GetRawText();
        await ApiJourney.MustAsync(commissioner, $"/api/procurements/{id}/notices", $$"""{"type":"UK4","content":{{uk4}}}""");
        var money = schemas.GetProperty("RegisterProcurementRequest").GetProperty("properties").GetProperty("estimatedValue");
        Assert.Contains("VAT", money.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> StatusAsync(Support.WebClient client, string id)
    {
        using var procurement = JsonDocument.Parse(await client.GetPageAsync($"/api/procurements/{id}"));
        return procurement.RootElement.GetProperty("status").GetString()!;
    }
}
