using System.Diagnostics;
using System.Net;
using NoticeFunctions.Tests.Support;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// The forms' web app as <c>dotnet publish src/Notices.WebApp</c> lays it out for App Service: started from the publish
/// folder as its own process, configured only by the settings Bicep gives it, it serves GOV.UK Frontend's assets and
/// its pages to a person App Service Authentication signed in.
/// </summary>
public sealed class WebAppPublishTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "notices-webapp-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => DotnetPublish.RunAsync("src/Notices.WebApp", _folder);

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Published_StartedWithItsAppSettings_ServesItsAssetsAndAFormPage()
    {
        Assert.True(File.Exists(Path.Combine(_folder, "Notices.WebApp.runtimeconfig.json")));
        Assert.False(File.Exists(Path.Combine(_folder, "appsettings.Development.json")));
        var port = FreeTcpPort.Next();
        var start = new ProcessStartInfo("dotnet", ["Notices.WebApp.dll"])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Api__BaseUrl"] = "https://func-example.azurewebsites.net/",
                ["SignIn__TrustAppServicePrincipal"] = "true",
                ["Authority__BuyerId"] = ApiJourney.BuyerId,
                ["Authority__BuyerName"] = ApiJourney.BuyerName,
            },
        };
        using var app = Process.Start(start)!;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var css = await WhenListeningAsync(client, "/assets/govuk-frontend.min.css");
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);

            using var request = new HttpRequestMessage(HttpMethod.Get, "/procurements/new");
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", AppServiceAuthenticationStandIn.Principal("ada.lovelace", "Ada Lovelace", "Commissioner"));
            using var form = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
            Assert.Contains(ApiJourney.BuyerName, await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private static async Task<HttpResponseMessage> WhenListeningAsync(HttpClient client, string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                return await client.GetAsync(new Uri(path, UriKind.Relative));
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
