using System.Text.Json.Serialization;

namespace Notices.Workflow.Reactions;

/// <summary>What a durable timer does when it fires: each purpose becomes one command on the stream.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "purpose")]
[JsonDerivedType(typeof(StandstillEnd), "standstill-end")]
[JsonDerivedType(typeof(ApprovalReminder), "approval-reminder")]
[JsonDerivedType(typeof(ApprovalEscalation), "approval-escalation")]
[JsonDerivedType(typeof(ObligationReminder), "obligation-reminder")]
[JsonDerivedType(typeof(ObligationDue), "obligation-due")]
public abstract record TimerPurpose;

public sealed record StandstillEnd : TimerPurpose;

public sealed record ApprovalReminder(string NoticeKey, int Submission) : TimerPurpose;

public sealed record ApprovalEscalation(string NoticeKey, int Submission) : TimerPurpose;

public sealed record ObligationReminder(string ObligationId) : TimerPurpose;

public sealed record ObligationDue(string ObligationId) : TimerPurpose;

/// <summary>Timer ids named by what they are for, so the event that ends the wait can cancel the right one.</summary>
public static class TimerIds
{
    public const string Standstill = "timer.standstill";

    public static string For(TimerPurpose purpose) => purpose switch
    {
        StandstillEnd => Standstill,
        ApprovalReminder r => $"timer.approval-reminder.{r.NoticeKey}.{r.Submission}",
        ApprovalEscalation e => $"timer.approval-escalation.{e.NoticeKey}.{e.Submission}",
        ObligationReminder o => $"timer.obligation-reminder.{o.ObligationId}",
        ObligationDue o => $"timer.obligation-due.{o.ObligationId}",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown timer purpose."),
    };
}
