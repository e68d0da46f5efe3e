using Notices.Workflow.Projections;

namespace Notices.Web.Forms;

/// <summary>Whose decision a waiting notice is, as the approvals lists show it.</summary>
internal static class ApprovalsView
{
    /// <summary>
    /// Whether <paramref name="userId"/> may decide <paramref name="approval"/>: nobody approves their own submission, and
    /// whoever declared a conflict of interest leaves it to someone else. The workflow refuses either; the lists say so first.
    /// </summary>
    public static bool CanDecide(PendingApproval approval, string userId)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return approval.SubmittedById != userId && !approval.ConflictedUserIds.Contains(userId);
    }
}
