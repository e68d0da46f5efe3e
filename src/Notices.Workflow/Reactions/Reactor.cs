using System.Globalization;
using Notices.Workflow.Events;
using Notices.Workflow.Law;
using Notices.Workflow.State;

namespace Notices.Workflow.Reactions;

/// <summary>
/// The process manager: for each new event, the intents it causes. Pure; each intent's id is derived
/// from the event's position in the stream (or, for timers, from what the timer waits for), so reacting
/// to the same event twice gives the same intents.
/// </summary>
public static class Reactor
{
    /// <param name="event">The event just decided.</param>
    /// <param name="version">The event's position in its stream.</param>
    /// <param name="state">The state after the event.</param>
    public static IReadOnlyList<Intent> React(ProcurementEvent @event, long version, ProcurementState state, ReactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(options);
        if (state is not Registered s)
        {
            return [];
        }

        var id = version.ToString("D6", CultureInfo.InvariantCulture);
        return @event switch
        {
            NoticeSubmitted e =>
            [
                new NotifyApprovers($"{id}.notify-approvers", e.NoticeKey, e.Submission, IsReminder: false),
                Start(new ApprovalReminder(e.NoticeKey, e.Submission), ActRules.WorkingDaysAfter(e.Context.At, options.ApprovalReminderWorkingDays)),
            ],
            NoticeApproved e =>
            [
                .. CancelApprovalTimers(id, e.NoticeKey, e.Submission),
                new PublishNotice($"{id}.publish.{e.NoticeKey}", e.NoticeKey),
            ],
            NoticeRejected e =>
            [
                .. CancelApprovalTimers(id, e.NoticeKey, e.Submission),
                new NotifyCommissioners($"{id}.notify-commissioners", $"The {Name(s, e.NoticeKey)} was rejected: {e.Reason}"),
            ],
            // One timer at a time per wait: the escalation starts when the reminder has fired, counted from the submission.
            ApprovalReminderSent e =>
            [
                new NotifyApprovers($"{id}.notify-approvers", e.NoticeKey, e.Submission, IsReminder: true),
                .. EscalationTimer(s, e.NoticeKey, e.Submission, options),
            ],
            ApprovalEscalated e =>
            [
                new NotifyAdministrators(
                    $"{id}.notify-administrators",
                    $"The {Name(s, e.NoticeKey)} for '{s.Details.Title}' has waited {options.ApprovalEscalationWorkingDays} working days for approval."),
            ],
            StandstillStarted e => [Start(new StandstillEnd(), e.EndsAt)],
            StandstillEnded =>
            [
                Cancel(id, TimerIds.Standstill),
                new NotifyCommissioners($"{id}.notify-commissioners", $"The standstill period for '{s.Details.Title}' has ended: the contract may now be entered into."),
            ],
            ObligationSet e => StartObligationTimers(e, options),
            ObligationReminderSent e =>
            [
                new NotifyCommissioners($"{id}.notify-commissioners", $"Due soon for '{s.Details.Title}': {Describe(s, e.ObligationId)}."),
                .. DueTimer(s, e.ObligationId),
            ],
            ObligationOverdue e =>
            [
                new NotifyCommissioners($"{id}.notify-commissioners", $"Overdue for '{s.Details.Title}': {Describe(s, e.ObligationId)}."),
                new NotifyAdministrators($"{id}.notify-administrators", $"Overdue for '{s.Details.Title}': {Describe(s, e.ObligationId)}."),
            ],
            ObligationMet e => CancelObligationTimers(id, e.ObligationId),
            ObligationWithdrawn e => CancelObligationTimers(id, e.ObligationId),
            ContractCopySubmitted e => [new RedactContractCopy($"{id}.redact.{e.CopyKey}", e.CopyKey, e.Submission)],
            ContractCopyRedacted e => [new NotifyApprovers($"{id}.notify-approvers", e.CopyKey, e.Submission, IsReminder: false)],
            ContractCopyRedactionRefused e =>
            [
                new NotifyCommissioners($"{id}.notify-commissioners", $"The contract copy for '{s.Details.Title}' could not be redacted: {e.Reason}"),
            ],
            ContractCopyApproved e => [new PublishContractCopy($"{id}.publish.{e.CopyKey}", e.CopyKey)],
            ContractCopyRejected e =>
            [
                new NotifyCommissioners($"{id}.notify-commissioners", $"The contract copy for '{s.Details.Title}' was rejected: {e.Reason}"),
            ],
            ProcurementTerminated => [Cancel(id, TimerIds.Standstill)],
            WorkRetried e => [WorkItems.Activity(e.Work, $"{e.Work.Id}.retry-{id}")],
            _ => [],
        };
    }

    private static StartTimer Start(TimerPurpose purpose, DateTimeOffset dueAt) => new(TimerIds.For(purpose), dueAt, purpose);

    private static CancelTimer Cancel(string id, string timerId) => new($"{id}.cancel.{timerId}", timerId);

    private static IEnumerable<Intent> CancelApprovalTimers(string id, string key, int submission) =>
    [
        Cancel(id, TimerIds.For(new ApprovalReminder(key, submission))),
        Cancel(id, TimerIds.For(new ApprovalEscalation(key, submission))),
    ];

    /// <summary>The reminder first if it is still ahead; the due timer starts when the reminder has fired.</summary>
    private static List<Intent> StartObligationTimers(ObligationSet e, ReactionOptions options)
    {
        var remindAt = ActRules.StartOfUkDay(e.DueOn.AddDays(-options.ObligationReminderDays));
        return remindAt > e.Context.At
            ? [Start(new ObligationReminder(e.ObligationId), remindAt)]
            : [Start(new ObligationDue(e.ObligationId), ActRules.EndOfUkDay(e.DueOn))];
    }

    private static IEnumerable<Intent> DueTimer(Registered s, string obligationId) =>
        s.Obligations.TryGetValue(obligationId, out var o) ? [Start(new ObligationDue(obligationId), ActRules.EndOfUkDay(o.DueOn))] : [];

    private static IEnumerable<Intent> EscalationTimer(Registered s, string key, int submission, ReactionOptions options) =>
        s.Notices.TryGetValue(key, out var n) && n is AwaitingApprovalState waiting
            ? [Start(new ApprovalEscalation(key, submission), ActRules.WorkingDaysAfter(waiting.SubmittedAt, options.ApprovalEscalationWorkingDays))]
            : [];

    private static List<Intent> CancelObligationTimers(string id, string obligationId) =>
    [
        Cancel(id, TimerIds.For(new ObligationReminder(obligationId))),
        Cancel(id, TimerIds.For(new ObligationDue(obligationId))),
    ];

    private static string Name(Registered s, string noticeKey) =>
        s.Notices.TryGetValue(noticeKey, out var n) ? NoticeNames.Of(n.Type) : noticeKey;

    private static string Describe(Registered s, string obligationId) =>
        s.Obligations.TryGetValue(obligationId, out var o)
            ? $"{ObligationText.Of(o.Kind)} by {o.DueOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}"
            : obligationId;
}
