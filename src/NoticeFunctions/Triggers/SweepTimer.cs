using Microsoft.Extensions.Options;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Triggers;

/// <summary>The sweep timer when the app runs on its own; under the Functions host the timer
/// trigger calls <see cref="FunctionNames.Sweep"/> instead.</summary>
internal sealed partial class SweepTimer(IServiceProvider services, IOptions<TriggerOptions> options, ILogger<SweepTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved here, not in the constructor: the workflow needs storage, connected by StorageStartup,
        // which has started by the time any later hosted service runs.
        var workflow = services.GetRequiredService<WorkflowRuntime>();
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        do
        {
            try
            {
                var dispatched = await workflow.Sweep.RunAsync(stoppingToken).ConfigureAwait(false);
                LogSwept(dispatched);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sweep dispatched {Count} items")]
    private partial void LogSwept(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep failed; it runs again at the next tick")]
    private partial void LogSweepFailed(Exception exception);
}
