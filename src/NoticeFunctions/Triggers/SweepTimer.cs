using Microsoft.Extensions.Options;

namespace NoticeFunctions.Triggers;

/// <summary>The sweep timer when the app runs on its own; under the Functions host the timer
/// trigger calls <see cref="FunctionNames.Sweep"/> instead.</summary>
internal sealed partial class SweepTimer(IWorkSweep sweep, IOptions<TriggerOptions> options, ILogger<SweepTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        do
        {
            try
            {
                var dispatched = await sweep.SweepAsync(stoppingToken).ConfigureAwait(false);
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
