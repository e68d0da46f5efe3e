using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notices.LocalHost;
using Notices.Azurite;
using Notices.Domain.Adoption;
using Notices.Storage;
using Notices.Storage.Workflow;
using Notices.Workflow.Runtime;
using Notices.Testing;

namespace NoticeFunctions.Tests.Support;

/// <summary>
/// The app as it runs, started in this process on a free loopback port, composed exactly as
/// Program.cs composes it, with the test's clock and settings. It runs on the shared Azurite when
/// given one (the test class's <see cref="AzuriteFixture"/>), under its own table, queue and container
/// names; or on an Azurite of its own. The work queue's delays follow the test's clock, so a timer
/// of days fires when the test moves the clock past it.
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    public static readonly IReadOnlyDictionary<string, string?> DevelopmentUsers = new Dictionary<string, string?>
    {
        ["SignIn:DevelopmentUsers:0:Id"] = "ada.lovelace",
        ["SignIn:DevelopmentUsers:0:Name"] = "Ada Lovelace",
        ["SignIn:DevelopmentUsers:0:Roles:0"] = "Commissioner",
        ["SignIn:DevelopmentUsers:1:Id"] = "grace.hopper",
        ["SignIn:DevelopmentUsers:1:Name"] = "Grace Hopper",
        ["SignIn:DevelopmentUsers:1:Roles:0"] = "Approver",
        ["SignIn:DevelopmentUsers:2:Id"] = "alan.turing",
        ["SignIn:DevelopmentUsers:2:Name"] = "Alan Turing",
        ["SignIn:DevelopmentUsers:2:Roles:0"] = "Commissioner",
        ["SignIn:DevelopmentUsers:2:Roles:1"] = "Approver",
        ["SignIn:DevelopmentUsers:3:Id"] = "mary.somerville",
        ["SignIn:DevelopmentUsers:3:Name"] = "Mary Somerville",
        ["SignIn:DevelopmentUsers:3:Roles:0"] = "Administrator",
    };

    private readonly AzuriteProcess? _ownAzurite;

    /// <summary>A test app's settings: the Azurite, a task hub of its own, the development users, and the test's own.</summary>
    public static Dictionary<string, string?> Settings(string connectionString, string environment, IReadOnlyDictionary<string, string?>? settings)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["LocalHost:StartAzurite"] = "false",
            ["SignIn:DevelopmentSignIn"] = environment == "Development" ? "true" : "false",
            ["Workflow:TaskHub"] = UniqueName.Table("hub"),
            ["Logging:LogLevel:Default"] = "Warning",
            // The authority the app serves, as a deployment sets it; a test class may set another.
            ["Authority:BuyerId"] = ApiJourney.BuyerId,
            ["Authority:BuyerName"] = ApiJourney.BuyerName,
        };
        foreach (var (key, value) in DevelopmentUsers)
        {
            configuration[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return configuration;
    }

    private TestApp(WebApplication app, Uri address, StorageServices storage, FakeTimeProvider clock, WorkflowStorageNames names, AzuriteProcess? ownAzurite)
    {
        App = app;
        Names = names;
        Address = address;
        Storage = storage;
        Clock = clock;
        _ownAzurite = ownAzurite;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    /// <summary>The app's own storage clients, as it registered them.</summary>
    public StorageServices Storage { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>This app's own tables, queues and container on the account.</summary>
    public WorkflowStorageNames Names { get; }

    /// <summary>This app's own Durable task hub on the account.</summary>
    public string TaskHub => App.Configuration["Workflow:TaskHub"]!;

    public IServiceProvider Services => App.Services;

    /// <summary>Starts the app in Development with the development sign-in, on its own Azurite
    /// unless <paramref name="azurite"/> is given (two instances sharing storage, as after scale-out); its
    /// request pipeline is the local host's unless <paramref name="pipeline"/> builds another.</summary>
    public static async Task<TestApp> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        string environment = "Development",
        AzuriteProcess? azurite = null,
        FakeTimeProvider? clock = null,
        WorkflowOptions? workflow = null,
        Action<WebApplication>? pipeline = null,
        IFindATenderReleases? findATender = null,
        Action<IServiceCollection>? services = null)
    {
        var own = azurite is null ? await AzuriteProcess.StartAsync().ConfigureAwait(false) : null;
        var storage = azurite ?? own!;
        clock ??= new FakeTimeProvider(TestClocks.DefaultStart);
        var names = new WorkflowStorageNames(UniqueName.Table("app")) { NoticesContainer = UniqueName.Container("notices") };
        var configuration = Settings(storage.ConnectionString, environment, settings);

        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(LocalHostExtensions).Assembly.GetName().Name,
                EnvironmentName = environment,
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton(names);
            // Find a Tender is the outside world: the tests' own, which knows no notice unless given one.
            builder.Services.AddSingleton(findATender ?? new FakeFindATender(new Dictionary<string, string>()));
            if (workflow is not null)
            {
                builder.Services.AddSingleton(workflow);
            }

            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.AddLocalHost();
            services?.Invoke(builder.Services);
            var app = builder.Build();
            (pipeline ?? (a => a.UseLocalHost()))(app);
            await app.StartAsync().ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new TestApp(app, new Uri(address), app.Services.GetRequiredService<StorageServices>(), clock, names, own);
        }
        catch
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>A client with no one signed in, keeping cookies and never following redirects.</summary>
    public WebClient Client() => new(Address);

    /// <summary>A client signed in through the development sign-in page.</summary>
    public async Task<WebClient> SignInAsync(string userId, params string[] roles)
    {
        var client = Client();
        await client.SignInAsync(userId, roles).ConfigureAwait(false);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
        if (_ownAzurite is not null)
        {
            await _ownAzurite.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
