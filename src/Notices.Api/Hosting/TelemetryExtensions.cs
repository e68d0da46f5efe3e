using OpenTelemetry;
using Notices.Workflow.Telemetry;

namespace Notices.Api.Hosting;

internal static class TelemetryExtensions
{
    /// <summary>The Application Insights setting each host reads; unset, telemetry is collected but sent nowhere.</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// OpenTelemetry for the workflow's traces and meter, and the sampler that counts its gauges. Each host adds its
    /// own instrumentation (ASP.NET Core locally, the Functions worker's in the Function App) and exporter.
    /// </summary>
    public static OpenTelemetryBuilder AddNoticesTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WorkflowGaugeSampler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WorkflowGaugeSampler>());
        return builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(WorkflowTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(WorkflowTelemetry.Name));
    }

    public static bool SendsToApplicationInsights(this IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration[ConnectionStringSetting]);
}
