using System.Net;
using NoticeFunctions.Tests.Support;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>Each role against each endpoint: who may read, who may write, and nobody anonymous.</summary>
public sealed class ApiAuthorisationTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string, string, string, HttpStatusCode> Endpoints => new()
    {
        // user, method, path, expected status (the body is valid only where it must be to get past authorisation)
        { "", "POST", "/api/procurements", HttpStatusCode.Unauthorized },
        { "grace.hopper", "POST", "/api/procurements", HttpStatusCode.Forbidden },
        { "mary.somerville", "POST", "/api/procurements", HttpStatusCode.Forbidden },
        { "ada.lovelace", "POST", "/api/procurements", HttpStatusCode.Created },
        { "", "GET", "/api/procurements?buyerId=GB-PPON-ABCD-1234-EFGH", HttpStatusCode.Unauthorized },
        { "ada.lovelace", "GET", "/api/procurements?buyerId=GB-PPON-ABCD-1234-EFGH", HttpStatusCode.OK },
        { "grace.hopper", "GET", "/api/procurements?buyerId=GB-PPON-ABCD-1234-EFGH", HttpStatusCode.OK },
        { "mary.somerville", "GET", "/api/procurements?buyerId=GB-PPON-ABCD-1234-EFGH", HttpStatusCode.OK },
        { "", "GET", "/api/approvals", HttpStatusCode.Unauthorized },
        { "ada.lovelace", "GET", "/api/approvals", HttpStatusCode.Forbidden },
        { "grace.hopper", "GET", "/api/approvals", HttpStatusCode.OK },
        { "mary.somerville", "GET", "/api/approvals", HttpStatusCode.Forbidden },
        { "", "POST", "/api/procurements/p/notices/n/approval", HttpStatusCode.Unauthorized },
        { "ada.lovelace", "POST", "/api/procurements/p/notices/n/approval", HttpStatusCode.Forbidden },
        { "mary.somerville", "POST", "/api/procurements/p/notices/n/approval", HttpStatusCode.Forbidden },
        { "grace.hopper", "POST", "/api/procurements/p/notices/n/approval", HttpStatusCode.NotFound },
        { "", "POST", "/api/procurements/p/notices", HttpStatusCode.Unauthorized },
        { "grace.hopper", "POST", "/api/procurements/p/notices", HttpStatusCode.Forbidden },
        { "ada.lovelace", "POST", "/api/procurements/p/notices", HttpStatusCode.NotFound },
        { "", "GET", "/api/obligations", HttpStatusCode.Unauthorized },
        { "ada.lovelace", "GET", "/api/obligations", HttpStatusCode.OK },
        { "", "GET", "/api/contracts?buyerId=GB-PPON-ABCD-1234-EFGH", HttpStatusCode.Unauthorized },
        { "grace.hopper", "GET", "/api/contracts?buyerId=GB-PPON-ABCD-1234-EFGH", HttpStatusCode.OK },
        { "", "GET", "/api/health", HttpStatusCode.OK },
        { "", "GET", "/api/openapi.json", HttpStatusCode.OK },
        { "", "GET", "/", HttpStatusCode.Redirect },
        { "grace.hopper", "GET", "/", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_ForEachRole_AllowsOnlyWhatTheRoleMayDo(string user, string method, string path, HttpStatusCode expected)
    {
        using var client = user.Length == 0 ? _app.Client() : await _app.SignInAsync(user);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            var body = path switch
            {
                "/api/procurements" => ApiJourney.RegisterBody(),
                _ when path.EndsWith("/approval", StringComparison.Ordinal) => """{"decision":"approve","noConflictOfInterest":true}""",
                _ => ApiJourney.DraftBody(Notices.Domain.Notices.NoticeType.UK4),
            };
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
