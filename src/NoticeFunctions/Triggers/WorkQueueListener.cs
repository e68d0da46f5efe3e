using Microsoft.Extensions.Options;
using Notices.Storage;
using Notices.Storage.Queues;

namespace NoticeFunctions.Triggers;

/// <summary>
/// The work-queue trigger when the app runs on its own, with the Functions host's semantics: a
/// received message is leased while it runs, deleted on success, hidden for the visibility timeout
/// on failure, and moved to the poison queue when its last attempt fails.
/// </summary>
internal sealed partial class WorkQueueListener(
    StorageAccount account,
    IWorkItemProcessor processor,
    IOptions<TriggerOptions> options,
    ILogger<WorkQueueListener> logger) : BackgroundService
{
    private readonly TriggerOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = account.GetQueue(_options.WorkQueue);
        var poison = account.GetQueue(_options.PoisonQueue);
        var idle = _options.MinPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<QueueMessage> messages;
            try
            {
                messages = await queue.ReceiveMessagesAsync(_options.BatchSize, _options.ProcessingLease, stoppingToken).ConfigureAwait(false);
            }
            catch (StorageException ex)
            {
                LogReceiveFailed(ex);
                messages = [];
            }

            if (messages.Count == 0)
            {
                await Task.Delay(idle, stoppingToken).ConfigureAwait(false);
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, _options.MaxPollingInterval.Ticks));
                continue;
            }

            idle = _options.MinPollingInterval;
            await Task.WhenAll(messages.Select(m => HandleAsync(queue, poison, m, stoppingToken))).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one message to its end: deleted, retried later, or poisoned.</summary>
    internal async Task HandleAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken cancellationToken)
    {
        var popReceipt = message.PopReceipt ?? throw new InvalidOperationException("A received message has a pop receipt.");
        try
        {
            // A message delivered more often than allowed (its runs crashed) is not run again.
            if (message.DequeueCount > _options.MaxDequeueCount)
            {
                await PoisonAsync(queue, poison, message, popReceipt, cancellationToken).ConfigureAwait(false);
                return;
            }

            try
            {
                await processor.ProcessAsync(message.BodyText, (int)message.DequeueCount, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogProcessingFailed(ex, message.MessageId, message.DequeueCount);
                if (message.DequeueCount >= _options.MaxDequeueCount)
                {
                    await PoisonAsync(queue, poison, message, popReceipt, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await queue.UpdateMessageAsync(message.MessageId, popReceipt, _options.VisibilityTimeout, cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            await queue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex)
        {
            // The lease ran out or storage failed: the message shows again and is retried.
            LogSettleFailed(ex, message.MessageId);
        }
    }

    private async Task PoisonAsync(QueueClient queue, QueueClient poison, QueueMessage message, string popReceipt, CancellationToken cancellationToken)
    {
        await poison.SendMessageAsync(message.Body, timeToLive: Timeout.InfiniteTimeSpan, cancellationToken: cancellationToken).ConfigureAwait(false);
        await queue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken).ConfigureAwait(false);
        LogPoisoned(message.MessageId, message.DequeueCount, _options.PoisonQueue);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiving from the work queue failed")]
    private partial void LogReceiveFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work item {MessageId} failed on delivery {DequeueCount}")]
    private partial void LogProcessingFailed(Exception exception, string messageId, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work item {MessageId} could not be settled; it will be delivered again")]
    private partial void LogSettleFailed(Exception exception, string messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Work item {MessageId} failed {DequeueCount} times and was moved to {PoisonQueue}")]
    private partial void LogPoisoned(string messageId, long dequeueCount, string poisonQueue);
}
