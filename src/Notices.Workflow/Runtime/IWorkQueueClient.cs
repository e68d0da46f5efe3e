namespace Notices.Workflow.Runtime;

/// <summary>
/// The work queue: activities and timers as messages. A message can be delayed up to
/// <see cref="MaxDelay"/>; longer timers are re-armed when they arrive early.
/// </summary>
public interface IWorkQueueClient
{
    /// <summary>The longest a queue message can stay invisible (Azure Storage queues: 7 days).</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);

    Task SendAsync(string body, TimeSpan delay, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReceivedWork>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken);

    Task DeleteAsync(ReceivedWork received, CancellationToken cancellationToken);

    /// <summary>Makes a message visible again after <paramref name="delay"/>, for another attempt.</summary>
    Task ReleaseAsync(ReceivedWork received, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Moves a message that failed every attempt to the poison queue.</summary>
    Task MoveToPoisonAsync(ReceivedWork received, CancellationToken cancellationToken);
}

/// <summary>A message taken from the queue; <see cref="DequeueCount"/> is 1 on the first delivery.</summary>
public sealed record ReceivedWork(string MessageId, string PopReceipt, string Body, long DequeueCount);
