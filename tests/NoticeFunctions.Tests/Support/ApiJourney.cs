using System.Net;
using System.Text.Json;
using Notices.Domain.Notices;
using Notices.Testing.Notices;
using Xunit;

namespace NoticeFunctions.Tests.Support;

/// <summary>Steps of a procurement through the JSON API, each asserting the API accepted it.</summary>
internal static class ApiJourney
{
    public const string BuyerId = "GB-PPON-ABCD-1234-EFGH";

    public static string RegisterBody(string title = "Waste collection services") => JsonSerializer.Serialize(new
    {
        buyerId = BuyerId,
        buyerName = "Example Borough Council",
        title,
        estimatedValue = 7_800_000m,
        procedure = "Open",
        nature = "Services",
        regime = "None",
        lots = new[] { new { number = 1, title = "North", estimatedValue = 3_900_000m }, new { number = 2, title = "South", estimatedValue = 3_900_000m } },
    });

    public static string DraftBody(NoticeType type) =>
        $$"""{"type":"{{type}}","content":{{NoticeJson.Serialize(SampleNotices.All.Single(n => n.Type == type))}}}""";

    public static async Task<string> RegisterAsync(WebClient commissioner, string title = "Waste collection services")
    {
        using var response = await commissioner.PostJsonAsync("/api/procurements", RegisterBody(title));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    public static async Task<string> DraftAsync(WebClient commissioner, string procurementId, NoticeType type)
    {
        using var response = await commissioner.PostJsonAsync($"/api/procurements/{procurementId}/notices", DraftBody(type));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var body = JsonDocument.Parse(text);
        return body.RootElement.GetProperty("events")[0].GetProperty("noticeKey").GetString()!;
    }

    public static async Task<HttpResponseMessage> SubmitAsync(WebClient commissioner, string procurementId, string noticeKey) =>
        await commissioner.PostJsonAsync($"/api/procurements/{procurementId}/notices/{noticeKey}/submission", "{}");

    public static Task<HttpResponseMessage> ApproveAsync(WebClient approver, string procurementId, string noticeKey) =>
        approver.PostJsonAsync($"/api/procurements/{procurementId}/notices/{noticeKey}/approval", """{"decision":"approve","noConflictOfInterest":true}""");

    /// <summary>Waits (the in-process trigger loop works the queue) until the timeline says <paramref name="text"/>.</summary>
    public static async Task<string> WaitForTimelineAsync(WebClient reader, string procurementId, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string timeline;
        do
        {
            timeline = await reader.GetPageAsync($"/api/procurements/{procurementId}/timeline");
            if (timeline.Contains(text, StringComparison.Ordinal))
            {
                return timeline;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"The timeline never said '{text}': {timeline}");
        return timeline;
    }
}
