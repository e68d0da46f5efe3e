using Microsoft.DurableTask;
using Notices.Workflow.Runtime;

namespace Notices.Workflow.Orchestration.Activities;

/// <summary>Tells people by role; the sender is idempotent by the notification's id.</summary>
public sealed class SendNotification(INotificationSender sender) : TaskActivity<Notification, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, Notification input)
    {
        await sender.SendAsync(input, CancellationToken.None).ConfigureAwait(false);
        return true;
    }
}
