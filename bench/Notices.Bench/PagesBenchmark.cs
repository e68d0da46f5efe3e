using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notices.Azurite;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.LocalHost;
using Notices.Testing;
using Notices.Testing.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;

namespace Notices.Bench;

/// <summary>
/// What the forms pay for reading through the API: a procurement's page (the forms ask the API for its timeline over
/// HTTP, fold it and render it) against the API's timeline alone, one person at a time, on the local host over Azurite.
/// </summary>
internal static class PagesBenchmark
{
    private const int WarmUp = 30;
    private const int Requests = 300;
    private const int Amendments = 10;
    private const string BuyerId = "GB-PPON-PABC-1234-WXYZ";

    public static async Task<int> RunAsync()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var app = await StartLocalHostAsync(azurite.ConnectionString);
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var id = await SeedAsync(app.Services.GetRequiredService<ProcurementWorkflow>());
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
            await SignInAsync(client);

            var page = await TimeAsync(client, $"/procurements/{id}");
            var timeline = await TimeAsync(client, $"/api/procurements/{id}/timeline");
            Console.WriteLine($"pages: one person at a time, {Requests} requests each after {WarmUp} to warm up, a procurement of {Amendments + 3} events");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  procurement page     median {Stats.Median(page):F1} ms  p95 {Stats.Percentile(page, 0.95):F1} ms  (the API's timeline over HTTP, folded, rendered)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  API timeline alone   median {Stats.Median(timeline):F1} ms  p95 {Stats.Percentile(timeline, 0.95):F1} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"page_median_ms={Stats.Median(page):F1} page_p95_ms={Stats.Percentile(page, 0.95):F1} api_timeline_median_ms={Stats.Median(timeline):F1} ratio_page_to_api={Stats.Median(page) / Stats.Median(timeline):F2}"));
            if (OperatingSystem.IsLinux())
            {
                Console.WriteLine($"  load average while measured: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
            }

            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<WebApplication> StartLocalHostAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LocalHostExtensions).Assembly.GetName().Name,
            EnvironmentName = "Development",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["LocalHost:StartAzurite"] = "false",
            ["SignIn:DevelopmentSignIn"] = "true",
            ["SignIn:DevelopmentUsers:0:Id"] = "ada.lovelace",
            ["SignIn:DevelopmentUsers:0:Name"] = "Ada Lovelace",
            ["SignIn:DevelopmentUsers:0:Roles:0"] = "Commissioner",
            ["Authority:BuyerId"] = BuyerId,
            ["Authority:BuyerName"] = "Westshire County Council",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddLocalHost();
        var app = builder.Build();
        app.UseLocalHost();
        await app.StartAsync();
        return app;
    }

    // A procurement with a tender notice drafted, amended and submitted: a timeline of a few tens of events at most.
    private static async Task<string> SeedAsync(ProcurementWorkflow workflow)
    {
        var actor = new Actor("ada.lovelace", "Ada Lovelace", [Role.Commissioner]);
        var id = ProcurementId.New(RandomIdSource.Instance);
        DecisionContext Context() => DecisionContext.For(actor, TimeProvider.System, RandomIdSource.Instance);
        await workflow.Commands.HandleAsync(id, new RegisterProcurement(
            Context(), BuyerId, "Westshire County Council", "Waste collection", 7_800_000m, Procedure.Open, ContractNature.Services, SpecialRegime.None, []));
        var drafted = await workflow.Commands.HandleAsync(id, new DraftNotice(Context(), NoticeType.UK4, NoticeJson.Serialize(SampleNotices.Tender)));
        var key = drafted.Events.OfType<NoticeDrafted>().Single().NoticeKey;
        for (var i = 0; i < Amendments; i++)
        {
            await workflow.Commands.HandleAsync(id, new AmendNotice(Context(), key, NoticeJson.Serialize(SampleNotices.Tender with { Title = $"Waste collection {i}" })));
        }

        var submitted = await workflow.Commands.HandleAsync(id, new SubmitNotice(Context(), key));
        return submitted.Succeeded ? id.Value : throw new InvalidOperationException(string.Join(" ", submitted.Problems.Select(p => p.Message)));
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(new Uri("/dev/sign-in", UriKind.Relative));
        var token = AntiforgeryTokens.From(page);
        using var form = new FormUrlEncodedContent([new("UserId", "ada.lovelace"), new("__RequestVerificationToken", token)]);
        using var response = await client.PostAsync(new Uri("/dev/sign-in", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in answered {(int)response.StatusCode}.");
        }
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, string path)
    {
        var times = new List<double>();
        for (var i = 0; i < WarmUp + Requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
            }

            if (i >= WarmUp)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return times;
    }
}
