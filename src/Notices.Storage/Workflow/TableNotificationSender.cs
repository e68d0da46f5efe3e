using Azure.Data.Tables;
using Notices.Workflow.Runtime;

namespace Notices.Storage.Workflow;

/// <summary>Notifications as rows per audience (role), keyed by the intent that sent them, so a repeat is one row.</summary>
public sealed class TableNotificationSender(TableClient notifications) : INotificationSender
{
    public Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var row = new TableEntity(notification.Audience.ToString(), $"{notification.ProcurementId.Value}|{notification.Id}")
        {
            ["ProcurementId"] = notification.ProcurementId.Value,
            ["Subject"] = notification.Subject,
            ["At"] = notification.At,
        };
        return notifications.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
