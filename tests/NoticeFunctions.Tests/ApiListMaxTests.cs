using System.Net;
using System.Text.Json;
using NoticeFunctions.Tests.Support;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>A page size the lists cannot give is refused with a 400 naming <c>max</c> and saying what it may be.</summary>
public sealed class ApiListMaxTests(SharedApp shared) : IClassFixture<SharedApp>
{
    // Each list with the user who may read it.
    private static readonly (string Path, string User)[] Lists =
    [
        ($"/api/procurements?buyerId={ApiJourney.BuyerId}", "ada.lovelace"),
        ("/api/approvals", "grace.hopper"),
        ("/api/contracts", "ada.lovelace"),
        ("/api/contract-copy-approvals", "grace.hopper"),
        ("/api/published-notices", "ada.lovelace"),
    ];

    public static TheoryData<string, string, string> BadMax()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (path, user) in Lists)
        {
            foreach (var max in new[] { "0", "201", "abc", "-1", "1.5" })
            {
                data.Add(path, user, max);
            }
        }

        return data;
    }

    public static TheoryData<string, string> Each()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, user) in Lists)
        {
            data.Add(path, user);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadMax))]
    public async Task List_MaxItCannotGive_Is400NamingMaxInWords(string path, string user, string max)
    {
        var client = await shared.ClientAsync(user);

        using var response = await client.GetAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}max={max}");

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("max", out var messages), text);
        Assert.Equal("Ask for from 1 to 200 at a time", messages[0].GetString());
    }

    [Theory]
    [MemberData(nameof(Each))]
    public async Task List_MaxAtEitherBound_IsAnswered(string path, string user)
    {
        var client = await shared.ClientAsync(user);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';

        foreach (var max in new[] { "1", "200" })
        {
            using var response = await client.GetAsync($"{path}{separator}max={max}");

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"max={max}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
