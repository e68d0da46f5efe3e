using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NoticeFunctions.Tests.Support;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// Each role against each endpoint of the JSON API: anonymous callers get 401, a role that may not act
/// 403, and a role that may act gets past authorisation to the endpoint's own answer (a 404 for the
/// procurement that does not exist, so nothing is written).
/// </summary>
public sealed class ApiAuthorisationTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string Missing = "/api/procurements/no-such-procurement";
    private const string Commissioner = "ada.lovelace";
    private const string Approver = "grace.hopper";
    private const string Administrator = "mary.somerville";

    private static readonly string[] Everyone = [Commissioner, Approver, Administrator];

    private sealed record Endpoint(string Method, string Path, string? Body, string[] Allowed, HttpStatusCode WhenAllowed);

    private static readonly Endpoint[] Endpoints =
    [
        new("POST", "/api/procurements", ApiJourney.RegisterBody(), [Commissioner], HttpStatusCode.Created),
        // Find a Tender (the tests' own) knows no such notice: the adoption is refused, and nothing is adopted.
        new("POST", "/api/procurements/adoptions", """{"noticeIds":["999999-2026"]}""", [Commissioner], HttpStatusCode.UnprocessableEntity),
        new("GET", $"/api/procurements?buyerId={ApiJourney.BuyerId}", null, Everyone, HttpStatusCode.OK),
        new("GET", $"/api/procurements?buyerId={ApiJourney.BuyerId}&status=Tendering", null, Everyone, HttpStatusCode.OK),
        new("GET", Missing, null, Everyone, HttpStatusCode.NotFound),
        new("GET", $"{Missing}/timeline", null, Everyone, HttpStatusCode.NotFound),
        new("POST", $"{Missing}/failed-work/w-1/retry", null, [Commissioner, Administrator], HttpStatusCode.NotFound),
        new("GET", $"{Missing}/notices", null, Everyone, HttpStatusCode.NotFound),
        new("GET", $"{Missing}/notices/uk4-1", null, Everyone, HttpStatusCode.NotFound),
        new("GET", $"{Missing}/notices/uk4-1/release", null, Everyone, HttpStatusCode.NotFound),
        new("POST", $"{Missing}/notices", ApiJourney.DraftBody(Notices.Domain.Notices.NoticeType.UK4), [Commissioner], HttpStatusCode.NotFound),
        new("PUT", $"{Missing}/notices/uk4-1", ApiJourney.AmendBody(Notices.Domain.Notices.NoticeType.UK4), [Commissioner], HttpStatusCode.NotFound),
        new("POST", $"{Missing}/notices/uk4-1/submission", null, [Commissioner], HttpStatusCode.NotFound),
        new("POST", $"{Missing}/notices/uk4-1/approval", ApiJourney.ApproveBody, [Approver], HttpStatusCode.NotFound),
        new("POST", $"{Missing}/award", ApiJourney.AwardBody, [Commissioner], HttpStatusCode.NotFound),
        new("POST", $"{Missing}/contract", ApiJourney.ContractBody, [Commissioner], HttpStatusCode.NotFound),
        new("POST", $"{Missing}/contract/changes", ApiJourney.ChangeBody, [Commissioner], HttpStatusCode.NotFound),
        new("POST", $"{Missing}/contract/ending", ApiJourney.EndingBody, [Commissioner], HttpStatusCode.NotFound),
        new("GET", $"/api/contracts?buyerId={ApiJourney.BuyerId}", null, Everyone, HttpStatusCode.OK),
        new("GET", "/api/approvals", null, [Approver, Administrator], HttpStatusCode.OK),
        new("GET", "/api/approvals?role=Administrator", null, [Administrator], HttpStatusCode.OK),
        new("GET", "/api/obligations", null, Everyone, HttpStatusCode.OK),
        new("GET", $"{Missing}/contract-copies", null, Everyone, HttpStatusCode.NotFound),
        new("PUT", $"{Missing}/contract-copies/contract-copy/original", "{}", [Commissioner], HttpStatusCode.NotFound),
        new("GET", $"{Missing}/contract-copies/contract-copy/suggestions", null, [Commissioner], HttpStatusCode.NotFound),
        new("PUT", $"{Missing}/contract-copies/contract-copy/redactions", """{"redactions":[]}""", [Commissioner], HttpStatusCode.NotFound),
        new("POST", $"{Missing}/contract-copies/contract-copy/submission", null, [Commissioner], HttpStatusCode.NotFound),
        new("GET", $"{Missing}/contract-copies/contract-copy/review", null, Everyone, HttpStatusCode.NotFound),
        new("POST", $"{Missing}/contract-copies/contract-copy/approval", ApiJourney.ApproveBody, [Approver], HttpStatusCode.NotFound),
        new("GET", "/api/contract-copy-approvals", null, [Approver], HttpStatusCode.OK),
        new("GET", $"/api/contracts.csv?buyerId={ApiJourney.BuyerId}", null, Everyone, HttpStatusCode.OK),
        new("GET", "/api/obligations.csv", null, Everyone, HttpStatusCode.OK),
        new("GET", "/api/published-notices.csv", null, Everyone, HttpStatusCode.OK),
        new("GET", "/api/published-notices", null, Everyone, HttpStatusCode.OK),
    ];

    /// <summary>Published contract copies are public: anyone gets the copy, or 404 when there is none.</summary>
    private const string PublishedCopy = "/api/contract-copies/no-such-procurement/contract-copy.docx";

    private static readonly string[] Public = ["/api/health", "/api/openapi.json"];

    public static TheoryData<string, string, string, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<string, string, string, HttpStatusCode>();
        foreach (var endpoint in Endpoints)
        {
            data.Add("", endpoint.Method, endpoint.Path, HttpStatusCode.Unauthorized);
            foreach (var user in Everyone)
            {
                data.Add(user, endpoint.Method, endpoint.Path, endpoint.Allowed.Contains(user) ? endpoint.WhenAllowed : HttpStatusCode.Forbidden);
            }
        }

        foreach (var path in Public)
        {
            foreach (var user in Everyone.Prepend(""))
            {
                data.Add(user, "GET", path, HttpStatusCode.OK);
            }
        }

        foreach (var user in Everyone.Prepend(""))
        {
            data.Add(user, "GET", PublishedCopy, HttpStatusCode.NotFound);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_ForEachRole_AllowsOnlyWhatTheRoleMayDo(string user, string method, string path, HttpStatusCode expected)
    {
        var client = await shared.ClientAsync(user);
        var body = Endpoints.FirstOrDefault(e => e.Method == method && e.Path == path)?.Body;
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.Http.SendAsync(request);

        Assert.True(expected == response.StatusCode, $"{user} {method} {path}: expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        if ((int)expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public void Matrix_CoversEveryApiEndpointTheAppMaps()
    {
        var mapped = shared.App.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .ToHashSet(StringComparer.Ordinal);
        var covered = Endpoints.Select(e => $"{e.Method} {Pattern(e.Path)}").Concat(Public.Select(p => $"GET {p}")).Append($"GET {Pattern(PublishedCopy)}")
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(mapped.Except(covered));
    }

    // The route pattern a concrete path in the matrix stands for.
    private static string Pattern(string path) => path.Split('?')[0]
        .Replace("no-such-procurement", "{id}", StringComparison.Ordinal)
        .Replace("contract-copy.docx", "{fileName}", StringComparison.Ordinal)
        .Replace("/contract-copy/", "/{copyKey}/", StringComparison.Ordinal)
        .Replace("uk4-1", "{noticeKey}", StringComparison.Ordinal)
        .Replace("w-1", "{workId}", StringComparison.Ordinal);
}
