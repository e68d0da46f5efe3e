using Notices.Workflow.Runtime;

namespace Notices.Bench;

/// <summary>Passes notifications through, counting them (one per notifying activity).</summary>
internal sealed class NotificationWatch(INotificationSender inner) : INotificationSender
{
    private long sent;

    public long Sent => Interlocked.Read(ref sent);

    public async Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        await inner.SendAsync(notification, cancellationToken);
        Interlocked.Increment(ref sent);
    }
}
