using NoticeFunctions.Hosting;

namespace NoticeFunctions.Triggers;

internal static class TriggerExtensions
{
    /// <summary>The in-process work-queue listener and sweep timer, unless the Functions host runs them.</summary>
    public static void AddTriggers(this WebApplicationBuilder builder, HostingOptions hosting)
    {
        if (hosting.IsCustomHandler)
        {
            return;
        }

        builder.Services.AddHostedService<WorkQueueListener>();
        builder.Services.AddHostedService<SweepTimer>();
    }
}
