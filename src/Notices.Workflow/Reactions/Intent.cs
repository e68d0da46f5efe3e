using System.Text.Json.Serialization;

namespace Notices.Workflow.Reactions;

/// <summary>
/// Something the workflow must do because of an event: run an activity, start a durable timer, or cancel
/// one. <see cref="Id"/> is derived from the event that caused it, so deciding the same event again gives
/// the same intent and the work is done once.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "intent")]
[JsonDerivedType(typeof(PublishNotice), "publish-notice")]
[JsonDerivedType(typeof(NotifyApprovers), "notify-approvers")]
[JsonDerivedType(typeof(NotifyAdministrators), "notify-administrators")]
[JsonDerivedType(typeof(NotifyCommissioners), "notify-commissioners")]
[JsonDerivedType(typeof(RedactContractCopy), "redact-contract-copy")]
[JsonDerivedType(typeof(PublishContractCopy), "publish-contract-copy")]
[JsonDerivedType(typeof(StartTimer), "start-timer")]
[JsonDerivedType(typeof(CancelTimer), "cancel-timer")]
public abstract record Intent(string Id);

/// <summary>An activity: work done outside the stream whose result, if any, comes back as a command.</summary>
public abstract record ActivityIntent(string Id) : Intent(Id);

/// <summary>Render the approved notice as an OCDS release and publish it in the register.</summary>
public sealed record PublishNotice(string Id, string NoticeKey) : ActivityIntent(Id);

/// <summary>Produce the redacted copy of a submitted contract copy, for the approver.</summary>
public sealed record RedactContractCopy(string Id, string CopyKey, int Submission) : ActivityIntent(Id);

/// <summary>Publish the approved contract copy, and reference it from its notice.</summary>
public sealed record PublishContractCopy(string Id, string CopyKey) : ActivityIntent(Id);

/// <summary>Tell the approvers that a notice waits for them (or, on a reminder, still waits).</summary>
public sealed record NotifyApprovers(string Id, string NoticeKey, int Submission, bool IsReminder) : ActivityIntent(Id);

/// <summary>Tell the administrators something needs their attention.</summary>
public sealed record NotifyAdministrators(string Id, string Subject) : ActivityIntent(Id);

/// <summary>Tell the procurement's commissioners something they need to act on.</summary>
public sealed record NotifyCommissioners(string Id, string Subject) : ActivityIntent(Id);

/// <summary>
/// Start a durable timer that fires at <paramref name="DueAt"/>, however far away. The id names what the
/// timer is for (see <see cref="TimerIds"/>), so the event that makes it unnecessary can cancel it.
/// </summary>
public sealed record StartTimer(string Id, DateTimeOffset DueAt, TimerPurpose Purpose) : Intent(Id);

/// <summary>Cancel the timer <paramref name="TimerId"/>: the orchestration stops waiting for it.</summary>
public sealed record CancelTimer(string Id, string TimerId) : Intent(Id);
