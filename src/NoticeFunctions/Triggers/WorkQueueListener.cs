using Microsoft.Extensions.Options;
using Notices.Storage;
using Notices.Workflow.Runtime;

namespace NoticeFunctions.Triggers;

/// <summary>
/// The work-queue trigger when the app runs on its own. The workflow's pump receives a batch and
/// settles each message with the Functions host's semantics (deleted when done, retried after a
/// failure, moved to the poison queue after the last allowed delivery); this loop polls it with the
/// host's back-off while the queue is empty.
/// </summary>
internal sealed partial class WorkQueueListener(
    IServiceProvider services,
    IOptions<TriggerOptions> options,
    ILogger<WorkQueueListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Resolved here, not in the constructor: the workflow needs storage, connected by StorageStartup,
        // which has started by the time any later hosted service runs.
        var workflow = services.GetRequiredService<WorkflowRuntime>();
        var idle = options.Value.MinPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await workflow.Pump.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex.IsStorageFailure())
            {
                LogReceiveFailed(ex);
                received = 0;
            }

            if (received > 0)
            {
                idle = options.Value.MinPollingInterval;
                continue;
            }

            await Task.Delay(idle, stoppingToken).ConfigureAwait(false);
            idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, options.Value.MaxPollingInterval.Ticks));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiving from the work queue failed; polling again")]
    private partial void LogReceiveFailed(Exception exception);
}
