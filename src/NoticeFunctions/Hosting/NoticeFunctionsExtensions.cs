using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using NoticeFunctions.Api;
using NoticeFunctions.ContractCopies;
using NoticeFunctions.Forms;
using NoticeFunctions.Health;
using NoticeFunctions.Security;
using NoticeFunctions.Triggers;
using Notices.Workflow.Procurements;

namespace NoticeFunctions.Hosting;

/// <summary>The app's composition: one call to add its services, one to build its pipeline.</summary>
internal static class NoticeFunctionsExtensions
{
    /// <summary>The port variable the Functions host gives a custom handler.</summary>
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static WebApplicationBuilder AddNoticeFunctions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var hosting = ReadHostingOptions(builder.Configuration);
        services.AddOptions<HostingOptions>()
            .BindConfiguration(HostingOptions.Section)
            .PostConfigure(options => options.CustomHandlerPort = hosting.CustomHandlerPort);
        services.AddOptions<StorageOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var section = configuration.GetSection(StorageOptions.Section);
            options.ConnectionString = section.Value;
            options.AccountName = section["accountName"];
            options.ClientId = section["clientId"];
            options.BlobServiceUri = AbsoluteUri(section["blobServiceUri"]);
            options.QueueServiceUri = AbsoluteUri(section["queueServiceUri"]);
            options.TableServiceUri = AbsoluteUri(section["tableServiceUri"]);
        });
        services.TryAddSingleton(TimeProvider.System);

        if (hosting.CustomHandlerPort is { } port)
        {
            // The host calls its handler on loopback at the port it chose.
            builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        }

        // Storage first: its start-up service connects (and starts Azurite) before the other hosted
        // services, Data Protection's among them, start.
        builder.AddStorage();
        builder.AddSignIn();
        services.TryAddSingleton<IIdSource>(RandomIdSource.Instance);
        services.AddApi();
        // Bodies are bounded everywhere; the JSON API reads at most JsonBody.MaxBytes of its own.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);
        services.AddRazorPages();
        services.AddForms();
        builder.AddContractCopies();
        services.AddAntiforgery(options => options.Cookie.Name = "notice-functions-antiforgery");
        return builder;
    }

    private static Uri? AbsoluteUri(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new Uri(value, UriKind.Absolute);

    private static HostingOptions ReadHostingOptions(ConfigurationManager configuration)
    {
        var options = configuration.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();
        var port = configuration[CustomHandlerPortVariable];
        if (!string.IsNullOrEmpty(port))
        {
            options.CustomHandlerPort = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 65536
                ? value
                : throw new InvalidOperationException($"{CustomHandlerPortVariable} is '{port}', which is not a port number.");
        }

        return options;
    }

    public static WebApplication UseNoticeFunctions(this WebApplication app)
    {
        var assets = GovukFrontendAssets.Locate();
        // Browsers must take each answer as the type it says (JSON is never sniffed into HTML).
        app.Use((context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        // Under the Functions host the forms are public at /app/... (see FunctionNames.WebRoutePrefix);
        // with the path base, Razor's links and the sign-in redirects follow. Routing comes after it.
        var hosting = app.Services.GetRequiredService<IOptions<HostingOptions>>().Value;
        if (hosting.IsCustomHandler)
        {
            app.UsePathBase("/" + FunctionNames.WebRoutePrefix);
        }

        app.UseRouting();
        // Pages get an error page. Re-executing must stay on the app itself: in a branch (UseWhen) it
        // would run the rest of the pipeline without routing again, so the error page would be
        // authorised as no endpoint at all and a refusal would turn into a sign-in challenge.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // The JSON API answers problem details, never the pages' error page.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api
                .Use((context, next) =>
                {
                    context.Features.Get<IStatusCodePagesFeature>()!.Enabled = false;
                    return next(context);
                })
                .UseStatusCodePages(ApiStatusProblems.WriteAsync));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(assets),
            RequestPath = "/assets",
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(assets, "assets")),
            RequestPath = "/assets",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealth();
        app.MapApi();
        app.MapRazorPages();
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddress(app));
        return app;
    }

    // One line saying where to go, as the README promises.
    private static void AnnounceAddress(WebApplication app)
    {
        var hosting = app.Services.GetRequiredService<IOptions<HostingOptions>>().Value;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault() ?? "(no address)";
        var signIn = app.Services.GetRequiredService<IOptions<SignInOptions>>().Value;
        if (hosting.IsCustomHandler)
        {
            Console.WriteLine($"Notice Functions is serving the Functions host at {address}");
            return;
        }

        var where = address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal).TrimEnd('/');
        Console.WriteLine(signIn.DevelopmentSignIn
            ? $"Notice Functions is running: go to {where}/ and sign in as one of the development users."
            : $"Notice Functions is running: go to {where}/");
    }
}
