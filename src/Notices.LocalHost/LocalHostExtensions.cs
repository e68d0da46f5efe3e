using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Notices.Api;
using Notices.Api.ContractCopies;
using Notices.Api.Health;
using Notices.Api.Hosting;
using Notices.Api.Security;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using Notices.LocalEngine;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Notices.Web.Api;
using Notices.Web.Forms;
using Notices.Workflow.Procurements;

namespace Notices.LocalHost;

/// <summary>
/// The local host's composition: Azurite, storage, the Durable engine on it with the worker running the
/// orchestrations, the API on the Function App's routes, and the forms, in one process.
/// </summary>
internal static class LocalHostExtensions
{
    public static WebApplicationBuilder AddLocalHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LocalHostOptions>().BindConfiguration(LocalHostOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        // Azurite first, then storage: hosted services start in the order registered, so Data Protection's and
        // the engine's start after storage is ready.
        services.AddHostedService<AzuriteStartup>();
        builder.AddStorage();
        var engine = WorkflowEngineAddress.Choose();
        services.AddSingleton(engine);
        services.AddHostedService<WorkflowEngineStartup>();
        services.AddWorkflowEngine(engine.Uri);

        // Traces follow a command from the form or API call through the orchestration into its activities.
        var telemetry = builder.AddNoticesTelemetry()
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation())
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation());
        if (builder.SendsToApplicationInsights())
        {
            telemetry.UseAzureMonitor();
        }

        builder.AddSignIn();
        builder.AddBlobKeyRing();
        services.TryAddSingleton<IIdSource>(RandomIdSource.Instance);
        services.AddApi();
        // Bodies are bounded everywhere; the JSON API reads at most JsonBody.MaxBytes of its own.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestBodyLimit.MaxBytes);
        services.AddForms();
        // The forms reach the API over HTTP, as the web app does in Azure: here at this host's own address unless set.
        services.AddNoticesApiClient(OwnAddress.Of);
        builder.AddContractCopies();
        return builder;
    }

    public static WebApplication UseLocalHost(this WebApplication app)
    {
        app.UseNoSniff();
        app.UseRouting();
        // Pages get an error page. Re-executing must stay on the app itself: in a branch (UseWhen) it
        // would run the rest of the pipeline without routing again, so the error page would be
        // authorised as no endpoint at all and a refusal would turn into a sign-in challenge.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // The JSON API answers problem details, never the pages' error page.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(ApiEndpoints.Prefix, StringComparison.OrdinalIgnoreCase),
            api => api
                .Use((context, next) =>
                {
                    context.Features.Get<IStatusCodePagesFeature>()!.Enabled = false;
                    return next(context);
                })
                .UseStatusCodePages(ApiStatusProblems.WriteAsync));
        app.UseGovukFrontendAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealth();
        app.MapApi();
        app.MapForms();
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddress(app));
        return app;
    }

    // One line saying where to go, as the README promises.
    private static void AnnounceAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault() ?? "(no address)";
        var signIn = app.Services.GetRequiredService<IOptions<SignInOptions>>().Value;
        var where = address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal).TrimEnd('/');
        Console.WriteLine(signIn.DevelopmentSignIn
            ? $"Notice Functions is running: go to {where}/ and sign in as one of the development users. The API is at {where}{ApiEndpoints.Prefix}/, described at {where}{ApiEndpoints.Prefix}/openapi.json."
            : $"Notice Functions is running: go to {where}/");
    }
}
