using System.Collections.Immutable;
using Notices.Domain.Notices;
using Notices.Workflow.Events;

namespace Notices.Workflow.State;

/// <summary>
/// Folds events into state. Total and pure: every event applies to every state (an event that cannot
/// apply leaves the state as it was, apart from remembering its command), and nothing here reads a
/// clock, calls out or throws.
/// </summary>
public static class ProcurementEvolution
{
    public static ProcurementState Fold(IEnumerable<ProcurementEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Aggregate(ProcurementState.Initial, Evolve);
    }

    public static ProcurementState Evolve(ProcurementState state, ProcurementEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(@event);
        var handled = state.HandledCommands.Add(@event.Context.CommandId);
        return state switch
        {
            Unregistered when @event is ProcurementRegistered registered => Register(handled, registered),
            Unregistered when @event is ProcurementAdopted adopted => AdoptionEvolution.Adopt(handled, adopted),
            Unregistered => new Unregistered(handled),
            Registered registered => ContractCopyEvolution.Apply(Apply(registered with { HandledCommands = handled }, @event), @event),
            _ => state,
        };
    }

    private static Registered Register(ImmutableHashSet<string> handled, ProcurementRegistered e) =>
        new(
            handled,
            new ProcurementDetails(
                e.BuyerId, e.BuyerName, e.Title, e.EstimatedValue, e.Procedure, e.Nature, e.Regime, e.Lots,
                e.Context.At, e.Context.Actor),
            Phase.Planning,
            ImmutableSortedDictionary<string, NoticeState>.Empty,
            Award: null,
            Standstill: null,
            Contract: null,
            ImmutableSortedDictionary<string, Obligation>.Empty,
            ImmutableSortedDictionary<string, FailedWork>.Empty,
            Ocid: null);

    private static Registered Apply(Registered s, ProcurementEvent @event) => @event switch
    {
        NoticeDrafted e => WithNotice(s, new DraftNoticeState(e.NoticeKey, e.Type, e.Content, 0, null)),
        NoticeAmended e => UpdateNotice(s, e.NoticeKey, n =>
            new DraftNoticeState(n.Key, n.Type, e.Content, n.Submissions, (n as DraftNoticeState)?.Rejection)),
        NoticeSubmitted e => UpdateNotice(s, e.NoticeKey, n => new AwaitingApprovalState(
            n.Key, n.Type, n.Content, e.Submission, e.Context.Actor, e.Context.At,
            ImmutableDictionary<string, string>.Empty, Reminded: false, Escalated: false)),
        ConflictOfInterestDeclared e => UpdateNotice(s, e.NoticeKey, n => n is AwaitingApprovalState a
            ? a with { Conflicted = a.Conflicted.SetItem(e.Context.Actor.UserId, e.Details) }
            : n),
        NoticeApproved e => UpdateNotice(s, e.NoticeKey, n =>
            new ApprovedNoticeState(
                n.Key, n.Type, n.Content, n.Submissions, e.Context.Actor,
                n is AwaitingApprovalState a ? new NoticeSignOff(a.SubmittedBy, a.SubmittedAt, e.Context.Actor, e.Context.At) : null)),
        NoticeRejected e => UpdateNotice(s, e.NoticeKey, n =>
            new DraftNoticeState(n.Key, n.Type, n.Content, n.Submissions, e.Reason)),
        ApprovalReminderSent e => UpdateNotice(s, e.NoticeKey, n => n is AwaitingApprovalState a ? a with { Reminded = true } : n),
        ApprovalEscalated e => UpdateNotice(s, e.NoticeKey, n => n is AwaitingApprovalState a ? a with { Escalated = true } : n),
        NoticePublished e => Published(s, e),
        NoticeAdopted e => AdoptionEvolution.Apply(s, e),
        AwardDecisionRecorded e => s with { Phase = Phase.Awarded, Award = new Award(e.Suppliers, e.Value, e.DecidedOn) },
        StandstillStarted e => s with
        {
            Phase = Phase.Standstill,
            Standstill = new StandstillPeriodRecord(e.FirstDay, e.LastDay, e.EndsAt, Ended: false),
        },
        StandstillEnded => s with
        {
            Phase = s.Phase == Phase.Standstill ? Phase.ReadyToContract : s.Phase,
            Standstill = s.Standstill is null ? null : s.Standstill with { Ended = true },
        },
        ContractEntered e => s with
        {
            Phase = Phase.Contracted,
            Contract = new Contract(e.EnteredOn, e.Value, e.StartsOn, e.EndsOn, Changes: 0, EndedOn: null),
        },
        ContractChanged e => s.Contract is null ? s : s with
        {
            Contract = s.Contract with { Value = e.NewValue, Changes = e.ChangeNumber },
        },
        ContractEnded e => s.Contract is null ? s : s with
        {
            Phase = Phase.ContractEnded,
            Contract = s.Contract with { EndedOn = e.EndedOn },
        },
        ProcurementTerminated => s with { Phase = Phase.Terminated },
        ObligationSet e => s with
        {
            Obligations = s.Obligations.SetItem(
                e.ObligationId, new Obligation(e.ObligationId, e.Kind, e.DueOn, ObligationStatus.Open, Reminded: false)),
        },
        ObligationReminderSent e => UpdateObligation(s, e.ObligationId, o => o with { Reminded = true }),
        ObligationOverdue e => UpdateObligation(s, e.ObligationId, o => o with { Status = ObligationStatus.Overdue }),
        ObligationMet e => UpdateObligation(s, e.ObligationId, o => o with { Status = ObligationStatus.Met }),
        ObligationWithdrawn e => UpdateObligation(s, e.ObligationId, o => o with { Status = ObligationStatus.Withdrawn }),
        WorkFailed e => s with
        {
            Failures = s.Failures.SetItem(e.Work.Id, new FailedWork(e.Work, e.Error, e.Context.At)),
        },
        WorkRetried e => s with { Failures = s.Failures.Remove(e.Work.Id) },
        _ => s,
    };

    private static Registered Published(Registered s, NoticePublished e)
    {
        var withNotice = UpdateNotice(s, e.NoticeKey, n =>
            new PublishedNoticeState(n.Key, n.Type, n.Content, n.Submissions, e.Publication, (n as ApprovedNoticeState)?.SignOff));
        var phase = e.Type switch
        {
            NoticeType.UK4 or NoticeType.UK5 when s.Phase == Phase.Planning => Phase.Tendering,
            NoticeType.UK6 when s.Phase == Phase.Awarded => Phase.ReadyToContract,
            _ => s.Phase,
        };
        return withNotice with { Phase = phase, Ocid = s.Ocid ?? e.Publication.Ocid };
    }

    private static Registered WithNotice(Registered s, NoticeState notice) =>
        s with { Notices = s.Notices.SetItem(notice.Key, notice) };

    private static Registered UpdateNotice(Registered s, string key, Func<NoticeState, NoticeState> change) =>
        s.Notices.TryGetValue(key, out var notice) ? WithNotice(s, change(notice)) : s;

    private static Registered UpdateObligation(Registered s, string id, Func<Obligation, Obligation> change) =>
        s.Obligations.TryGetValue(id, out var obligation)
            ? s with { Obligations = s.Obligations.SetItem(id, change(obligation)) }
            : s;
}
