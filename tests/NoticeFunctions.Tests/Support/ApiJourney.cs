using System.Net;
using System.Text.Json;
using Notices.Domain.Notices;
using Notices.Testing.Notices;
using Xunit;

namespace NoticeFunctions.Tests.Support;

/// <summary>Steps of a procurement through the JSON API, each asserting the API accepted it.</summary>
internal static class ApiJourney
{
    /// <summary>The authority the tests' app serves (see TestApp), and the buyer of every procurement registered here.</summary>
    public const string BuyerId = "GB-PPON-PABC-1234-WXYZ";

    public const string BuyerName = "Westshire County Council";

    public static string RegisterBody(string title = "Waste collection services") => JsonSerializer.Serialize(new
    {
        buyerId = BuyerId,
        buyerName = BuyerName,
        title,
        estimatedValue = 7_800_000m,
        procedure = "Open",
        nature = "Services",
        regime = "None",
        lots = new[] { new { number = 1, title = "North", estimatedValue = 3_900_000m }, new { number = 2, title = "South", estimatedValue = 3_900_000m } },
    });

    public static string DraftBody(NoticeType type) =>
        $$"""{"type":"{{type}}","content":{{Content(type)}}}""";

    public static string AmendBody(NoticeType type) => $$"""{"content":{{Content(type)}}}""";

    public const string ApproveBody = """{"decision":"approve","noConflictOfInterest":true}""";

    public const string AwardBody = """{"suppliers":[{"name":"Green Bins Limited","identifier":"GB-COH-08229264"}],"value":7800000,"decidedOn":"2025-06-02"}""";

    public const string ContractBody = """{"enteredOn":"2025-06-13","value":7800000,"startsOn":"2025-07-01","endsOn":"2030-06-30"}""";

    public const string ChangeBody = """{"description":"Add garden waste rounds.","newValue":8200000,"effectiveOn":"2025-09-01"}""";

    public const string EndingBody = """{"endedOn":"2030-06-30","ending":"Expired"}""";

    /// <summary>A complete notice of the type, as the domain's notice JSON.</summary>
    public static string Content(NoticeType type) => NoticeJson.Serialize(SampleNotices.All.Single(n => n.Type == type));

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
        approver.PostJsonAsync($"/api/procurements/{procurementId}/notices/{noticeKey}/approval", ApproveBody);

    /// <summary>Posts a command the API must accept (200); returns the answer's JSON.</summary>
    public static async Task<JsonElement> MustAsync(WebClient client, string path, string body)
    {
        using var response = await client.PostJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {path}: {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Drafts and submits a notice as the commissioner, approves it as the approver, and waits
    /// until the in-process trigger loop has published it; returns its key.</summary>
    public static async Task<string> PublishAsync(WebClient commissioner, WebClient approver, string procurementId, NoticeType type)
    {
        var key = await DraftAsync(commissioner, procurementId, type);
        await MustAsync(commissioner, $"/api/procurements/{procurementId}/notices/{key}/submission", "{}");
        await MustAsync(approver, $"/api/procurements/{procurementId}/notices/{key}/approval", ApproveBody);
        await WaitForAsync(commissioner, $"/api/procurements/{procurementId}/notices/{key}", "\"status\":\"Published\"");
        return key;
    }

    /// <summary>Waits (the in-process trigger loop works the queue) until the resource's JSON holds <paramref name="text"/>.</summary>
    public static async Task<string> WaitForAsync(WebClient reader, string path, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string json;
        do
        {
            json = await reader.GetPageAsync(path);
            if (json.Contains(text, StringComparison.Ordinal))
            {
                return json;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"{path} never held '{text}': {json}");
        return json;
    }

    /// <summary>Waits until the timeline says <paramref name="text"/>.</summary>
    public static Task<string> WaitForTimelineAsync(WebClient reader, string procurementId, string text) =>
        WaitForAsync(reader, $"/api/procurements/{procurementId}/timeline", text);
}
