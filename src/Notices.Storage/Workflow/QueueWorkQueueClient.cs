using Notices.Storage.Queues;
using Notices.Workflow.Runtime;

namespace Notices.Storage.Workflow;

/// <summary>
/// The work queue on Azure Storage queues: messages base64-encoded (by the queue client) as the Functions host
/// expects, kept until worked (no expiry, since a timer may wait its 7 days), and a poison queue beside it.
/// </summary>
public sealed class QueueWorkQueueClient(QueueClient work, QueueClient poison) : IWorkQueueClient
{
    public Task SendAsync(string body, TimeSpan delay, CancellationToken cancellationToken) =>
        work.SendMessageAsync(body, delay, Timeout.InfiniteTimeSpan, cancellationToken);

    public async Task<IReadOnlyList<ReceivedWork>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken)
    {
        var messages = await work.ReceiveMessagesAsync(max, visibility, cancellationToken).ConfigureAwait(false);
        return messages.Select(m => new ReceivedWork(m.MessageId, m.PopReceipt ?? "", m.BodyText, m.DequeueCount)).ToList();
    }

    public Task DeleteAsync(ReceivedWork received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        return work.DeleteMessageAsync(received.MessageId, received.PopReceipt, cancellationToken);
    }

    public Task ReleaseAsync(ReceivedWork received, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        return work.UpdateMessageAsync(received.MessageId, received.PopReceipt, delay, cancellationToken: cancellationToken);
    }

    public async Task MoveToPoisonAsync(ReceivedWork received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        await poison.SendMessageAsync(received.Body, null, Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
        await work.DeleteMessageAsync(received.MessageId, received.PopReceipt, cancellationToken).ConfigureAwait(false);
    }
}
