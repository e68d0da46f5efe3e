using System.Collections.Immutable;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Decisions;

/// <summary>
/// The four-eyes rules, for everything that goes for approval (notices and contract copies): only an approver
/// decides, never the person who submitted it, never someone who declared a conflict of interest in it, and
/// only after confirming they have none.
/// </summary>
internal static class ApprovalRules
{
    /// <param name="what">What is being decided, as the messages name it ("notice", "contract copy").</param>
    /// <param name="verb">"approve" or "reject".</param>
    public static Decision? CheckDecider(
        DecisionContext context, Actor submittedBy, ImmutableDictionary<string, string> conflicted, bool noConflict, string what, string verb)
    {
        if (submittedBy.UserId == context.Actor.UserId)
        {
            return Decision.Refuse($"You submitted this {what}, so someone else must {verb} it.");
        }

        if (conflicted.ContainsKey(context.Actor.UserId))
        {
            return Decision.Refuse($"You declared a conflict of interest in this {what}, so someone else must decide on it.");
        }

        return noConflict
            ? null
            : Decision.Refuse(
                $"Confirm that you have no conflict of interest in this {what}, or declare the conflict so that someone else decides.",
                "noConflictOfInterest");
    }

    /// <summary>A conflict declaration must say what the conflict is.</summary>
    public static Decision? CheckConflictDetails(string details) =>
        string.IsNullOrWhiteSpace(details) || details.Length > CommandLimits.Text
            ? Decision.Refuse($"Describe the conflict of interest (up to {CommandLimits.Text:N0} characters).", "details")
            : null;

    /// <summary>A rejection must say why, so the commissioner can put it right.</summary>
    public static Decision? CheckRejectionReason(string reason, string what) =>
        string.IsNullOrWhiteSpace(reason) || reason.Length > CommandLimits.Text
            ? Decision.Refuse($"Give the reason for rejecting the {what}, so the commissioner can put it right (up to {CommandLimits.Text:N0} characters).", "reason")
            : null;
}
