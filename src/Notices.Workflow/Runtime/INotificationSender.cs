using Notices.Workflow.Procurements;

namespace Notices.Workflow.Runtime;

/// <summary>Delivers notifications to people by role; idempotent by <see cref="Notification.Id"/>.</summary>
public interface INotificationSender
{
    Task SendAsync(Notification notification, CancellationToken cancellationToken);
}

/// <summary>A message for everyone holding <paramref name="Audience"/>, about one procurement.</summary>
public sealed record Notification(string Id, Role Audience, ProcurementId ProcurementId, string Subject, DateTimeOffset At);
