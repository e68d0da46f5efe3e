using Azure.Storage.Queues;
using Notices.Workflow.Runtime;

namespace Notices.Storage.Workflow;

/// <summary>
/// The work queue on Azure Storage queues: messages base64-encoded (by the queue clients' options) as the
/// Functions host expects, kept until worked (no expiry, since a timer may wait its 7 days), and a poison
/// queue beside it.
/// </summary>
public sealed class QueueWorkQueueClient(QueueClient work, QueueClient poison) : IWorkQueueClient
{
    /// <summary>The service's way of saying "never expires".</summary>
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    public Task SendAsync(string body, TimeSpan delay, CancellationToken cancellationToken) =>
        work.SendMessageAsync(body, delay, NeverExpires, cancellationToken);

    public async Task<IReadOnlyList<ReceivedWork>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken)
    {
        var messages = await work.ReceiveMessagesAsync(max, visibility, cancellationToken).ConfigureAwait(false);
        return messages.Value.Select(m => new ReceivedWork(m.MessageId, m.PopReceipt ?? "", m.Body.ToString(), m.DequeueCount)).ToList();
    }

    public Task DeleteAsync(ReceivedWork received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        return work.DeleteMessageAsync(received.MessageId, received.PopReceipt, cancellationToken);
    }

    public Task ReleaseAsync(ReceivedWork received, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);

        // No new text: the message keeps its body and only becomes visible again after the delay.
        return work.UpdateMessageAsync(received.MessageId, received.PopReceipt, (string?)null, delay, cancellationToken);
    }

    public async Task MoveToPoisonAsync(ReceivedWork received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        await poison.SendMessageAsync(received.Body, null, NeverExpires, cancellationToken).ConfigureAwait(false);
        await work.DeleteMessageAsync(received.MessageId, received.PopReceipt, cancellationToken).ConfigureAwait(false);
    }
}
