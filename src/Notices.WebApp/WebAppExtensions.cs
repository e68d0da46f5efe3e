using System.Net;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.AspNetCore.DataProtection;
using Notices.Api.Hosting;
using Notices.Api.Security;
using Notices.Web.Api;
using Notices.Web.Forms;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Notices.WebApp;

/// <summary>
/// The web app's composition: sign-in (App Service Authentication in Azure), the forms, and the API client that
/// sends every read and command to the Function App as the signed-in person. No storage, no workflow.
/// </summary>
internal static class WebAppExtensions
{
    public static WebApplicationBuilder AddWebApp(this WebApplicationBuilder builder)
    {
        builder.AddSignIn();
        // App Service keeps Data Protection's keys in the app's shared /home, so every instance reads the same ones.
        builder.Services.AddDataProtection().SetApplicationName(SignInExtensions.KeyRingApplicationName);
        builder.Services.AddForms();
        builder.Services.AddNoticesApiClient();
        builder.Services.AddOptions<ApiClientOptions>()
            .Validate(o => o.BaseUrl is { IsAbsoluteUri: true }, $"Set {ApiClientOptions.Section}:BaseUrl to the API's address (the Function App's https://…/), so the forms can reach it.")
            .ValidateOnStart();

        // A form's POST, its call to the API and the orchestration it starts share one trace: HttpClient sends the
        // trace context on, and the API continues it.
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation())
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation());
        if (builder.SendsToApplicationInsights())
        {
            telemetry.UseAzureMonitor();
        }

        return builder;
    }

    public static WebApplication UseWebApp(this WebApplication app)
    {
        app.UseNoSniff();
        // A failure the person cannot put right gets the service's error page, never a blank one: 401 when the API
        // refused their sign-in (their token expired), 500 otherwise.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = error => error is HttpRequestException { StatusCode: HttpStatusCode.Unauthorized }
                ? StatusCodes.Status401Unauthorized
                : StatusCodes.Status500InternalServerError,
        });
        app.UseRouting();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseGovukFrontendAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapForms();
        return app;
    }
}
