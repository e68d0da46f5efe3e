using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Notices.Azurite;
using Notices.Domain.Adoption;
using Notices.Storage.Workflow;
using Notices.Testing;
using Notices.Web.Api;

namespace NoticeFunctions.Tests.Support;

/// <summary>
/// The local host in memory (WebApplicationFactory over its Program), for the pages' and handlers' tests that need
/// no browser and no port: requests go straight into the app's pipeline, with everything behind it real (the
/// workflow on the Durable engine over Azurite).
/// </summary>
internal sealed class PagesApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly AzuriteProcess _azurite;

    private PagesApp(WebApplicationFactory<Program> factory, AzuriteProcess azurite, FakeTimeProvider clock)
    {
        _factory = factory;
        _azurite = azurite;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _factory.Services;

    public static async Task<PagesApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var azurite = await AzuriteProcess.StartAsync().ConfigureAwait(false);
        var clock = new FakeTimeProvider(TestClocks.DefaultStart);
        var names = new WorkflowStorageNames(UniqueName.Table("app")) { NoticesContainer = UniqueName.Container("notices") };
        WebApplicationFactory<Program>? factory = null;
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("Api:BaseUrl", "http://localhost/");
            foreach (var (key, value) in TestApp.Settings(azurite.ConnectionString, "Development", settings))
            {
                host.UseSetting(key, value);
            }

            host.ConfigureLogging(logging => logging.ClearProviders());
            host.ConfigureServices(services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton(names);
                services.AddSingleton<IFindATenderReleases>(new FakeFindATender(new Dictionary<string, string>()));
                // In memory there is no port: the forms reach the API through the in-memory server, as the browser does.
                services.AddHttpClient<NoticesApiClient>().ConfigurePrimaryHttpMessageHandler(() => factory!.Server.CreateHandler());
            });
        });
        _ = factory.Server; // starts the host, and with it storage and the engine
        return new PagesApp(factory, azurite, clock);
    }

    /// <summary>A client with no one signed in, keeping cookies and never following redirects.</summary>
    public WebClient Client() => new(_factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client signed in through the development sign-in page.</summary>
    public async Task<WebClient> SignInAsync(string userId, params string[] roles)
    {
        var client = Client();
        await client.SignInAsync(userId, roles).ConfigureAwait(false);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync().ConfigureAwait(false);
        await _azurite.DisposeAsync().ConfigureAwait(false);
    }
}
