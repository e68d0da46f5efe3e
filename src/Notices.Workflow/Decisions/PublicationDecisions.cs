using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Law;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

/// <summary>
/// Records a publication, and what follows from it in law: the standstill after a contract award notice,
/// obligations met by contract details, performance and termination notices, the end of a procurement
/// after a procurement termination notice. A publication is a fact: it is recorded whatever else has
/// happened since the notice was approved.
/// </summary>
internal static class PublicationDecisions
{
    public static Decision RecordPublished(RecordNoticePublished c, Registered s)
    {
        if (Permissions.RequireWorkflow(c.Context, "record that a notice was published") is { } refused)
        {
            return refused;
        }

        if (!s.Notices.TryGetValue(c.NoticeKey, out var notice))
        {
            return NoticeDecisions.NoSuchNotice(c.NoticeKey);
        }

        return notice switch
        {
            PublishedNoticeState => Decision.Accept(),
            ApprovedNoticeState => Decision.Accept(
                [new NoticePublished(c.Context, c.NoticeKey, notice.Type, c.Publication), .. Consequences(c, notice.Type, s)]),
            _ => Decision.Refuse("This notice has not been approved, so it cannot have been published.", "noticeKey"),
        };
    }

    private static IEnumerable<ProcurementEvent> Consequences(RecordNoticePublished c, NoticeType type, Registered s)
    {
        var context = c.Context;
        switch (type)
        {
            case NoticeType.UK6 when s.StandstillApplies && s.Phase == Phase.Awarded:
                var period = ActRules.Standstill(ActRules.UkDate(c.Publication.PublishedAt));
                yield return new StandstillStarted(context, period.FirstDay, period.LastDay, period.EndsAt);
                break;
            case NoticeType.UK7:
                foreach (var met in Meet(context, s, ObligationKind.ContractDetailsNotice, c.NoticeKey))
                {
                    yield return met;
                }

                break;
            case NoticeType.UK9:
                foreach (var met in Meet(context, s, ObligationKind.KpiAssessment, c.NoticeKey))
                {
                    yield return met;
                    if (s.Phase == Phase.Contracted && s.Obligations[met.ObligationId] is var kpi)
                    {
                        yield return Obligations.NextKpiAssessment(context, s, kpi);
                    }
                }

                break;
            case NoticeType.UK10:
                foreach (var met in Meet(context, s, ObligationKind.ChangeNotice, c.NoticeKey))
                {
                    yield return met;
                }

                break;
            case NoticeType.UK11:
                foreach (var met in Meet(context, s, ObligationKind.TerminationNotice, c.NoticeKey))
                {
                    yield return met;
                }

                break;
            case NoticeType.UK12:
                yield return new ProcurementTerminated(context, c.NoticeKey);
                break;
        }
    }

    private static IEnumerable<ObligationMet> Meet(
        Procurements.DecisionContext context, Registered s, ObligationKind kind, string noticeKey) =>
        s.Obligations.Values
            .Where(o => o.Kind == kind && o.Status is ObligationStatus.Open or ObligationStatus.Overdue)
            .Take(1)
            .Select(o => new ObligationMet(context, o.Id, noticeKey));
}
