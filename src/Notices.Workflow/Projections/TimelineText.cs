using System.Globalization;
using Notices.Workflow.Events;
using Notices.Workflow.Law;
using Notices.Workflow.Reactions;

namespace Notices.Workflow.Projections;

/// <summary>Each event as a line of the procurement's timeline.</summary>
public static class TimelineText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(ProcurementEvent @event) => @event switch
    {
        ProcurementRegistered e => $"Registered the procurement '{e.Title}' for {e.BuyerName}, estimated at {Money(e.EstimatedValue)}.",
        ProcurementAdopted e => $"Adopted the procurement '{e.Title}' for {e.BuyerName} from Find a Tender ({e.Ocid}).",
        NoticeAdopted e => $"Adopted the {NoticeNames.Of(e.Type)} Find a Tender published as notice {e.Publication.NoticeId}.",
        NoticeDrafted e => $"Drafted the {NoticeNames.Of(e.Type)} ({e.NoticeKey}).",
        NoticeAmended e => $"Changed notice {e.NoticeKey}.",
        NoticeSubmitted e => $"Submitted notice {e.NoticeKey} for approval (submission {e.Submission}).",
        ConflictOfInterestDeclared e => $"Declared a conflict of interest in notice {e.NoticeKey}: {e.Details}",
        NoticeApproved e => $"Approved notice {e.NoticeKey}, declaring no conflict of interest.",
        NoticeRejected e => $"Rejected notice {e.NoticeKey}: {e.Reason}",
        ApprovalReminderSent e => $"Reminded the approvers that notice {e.NoticeKey} is waiting.",
        ApprovalEscalated e => $"Told the administrators that notice {e.NoticeKey} has waited too long for approval.",
        NoticePublished e => $"Published the {NoticeNames.Of(e.Type)} as notice {e.Publication.NoticeId} ({e.Publication.Ocid}).",
        AwardDecisionRecorded e => $"Recorded the award decision: {string.Join(", ", e.Suppliers.Select(s => s.Name))}, {Money(e.Value)}.",
        StandstillStarted e => $"The standstill period began; it ends at the end of {Day(e.LastDay)}.",
        StandstillEnded => "The standstill period ended.",
        ContractEntered e => $"Recorded the contract entered into on {Day(e.EnteredOn)}, worth {Money(e.Value)}.",
        ContractChanged e => $"Recorded change {e.ChangeNumber} to the contract: {e.Description}",
        ContractEnded e => $"Recorded the end of the contract on {Day(e.EndedOn)}.",
        ProcurementTerminated => "The procurement was terminated.",
        ObligationSet e => $"Obligation: {ObligationText.Of(e.Kind)} by {Day(e.DueOn)}.",
        ObligationReminderSent e => $"Reminded the commissioners of obligation {e.ObligationId}.",
        ObligationOverdue e => $"Obligation {e.ObligationId} is overdue.",
        ObligationWithdrawn e => $"Obligation {e.ObligationId} no longer applies: {e.Reason}",
        ObligationMet e => $"Obligation {e.ObligationId} was met by {(e.MetBy == e.ObligationId ? "publishing the copy" : $"notice {e.MetBy}")}.",
        ContractUploaded e => $"Uploaded '{e.Upload.OriginalFileName}' ({Size(e.Upload.Size)}, SHA-256 {e.Upload.Sha256}) for {e.CopyKey}.",
        ContractCopyRedactionsChosen e => e.Redactions.Count == 0
            ? $"Chose to withhold nothing from {e.CopyKey}."
            : $"Chose {e.Redactions.Count} passage(s) to withhold from {e.CopyKey}.",
        ContractCopySubmitted e => $"Submitted {e.CopyKey} for approval (submission {e.Submission}).",
        ContractCopyRedacted e => $"Produced the redacted copy for {e.CopyKey}: {e.Copy.Passages} passage(s) removed.",
        ContractCopyRedactionRefused e => $"Could not redact {e.CopyKey}: {e.Reason}",
        ContractCopyConflictDeclared e => $"Declared a conflict of interest in {e.CopyKey}: {e.Details}",
        ContractCopyApproved e => $"Approved {e.CopyKey} for publication, declaring no conflict of interest.",
        ContractCopyRejected e => $"Rejected {e.CopyKey}: {e.Reason}",
        ContractCopyPublished e => $"Published {e.CopyKey} at {e.Publication.Url}.",
        WorkFailed e => $"Work item {e.Work.Id} failed: {e.Error}",
        WorkRetried e => $"Asked for work item {e.Work.Id} to be tried again.",
        _ => @event.GetType().Name,
    };

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(EnGb, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(EnGb, $"{Math.Max(1, bytes / 1024)} KB");

    private static string Money(decimal value) => value.ToString("C0", EnGb);

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", EnGb);
}
