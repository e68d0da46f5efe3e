namespace Notices.Workflow.Reactions;

/// <summary>How long the workflow waits before reminding and escalating.</summary>
public sealed record ReactionOptions
{
    /// <summary>Working days an approval may wait before the approvers are reminded.</summary>
    public int ApprovalReminderWorkingDays { get; init; } = 2;

    /// <summary>Working days an approval may wait before the administrators are told.</summary>
    public int ApprovalEscalationWorkingDays { get; init; } = 5;

    /// <summary>Days before an obligation's due date that the commissioners are reminded.</summary>
    public int ObligationReminderDays { get; init; } = 7;
}
