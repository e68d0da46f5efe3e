using System.Collections.Concurrent;
using Notices.Workflow.Runtime;

namespace Notices.Testing.InMemory;

/// <summary>Notifications kept in memory by id, so a repeated delivery is one notification.</summary>
public sealed class InMemoryNotificationSender : INotificationSender
{
    private readonly ConcurrentDictionary<string, Notification> sent = new(StringComparer.Ordinal);

    public IReadOnlyList<Notification> Sent => [.. sent.Values.OrderBy(n => n.At).ThenBy(n => n.Id, StringComparer.Ordinal)];

    public Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        sent.TryAdd(notification.Id, notification);
        return Task.CompletedTask;
    }
}
