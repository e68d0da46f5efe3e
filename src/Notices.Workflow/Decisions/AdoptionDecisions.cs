using Notices.Domain.Notices;
using Notices.Domain.Thresholds;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Law;
using Notices.Workflow.Procurements;
using Notices.Workflow.Publishing;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

/// <summary>
/// Adopting a procurement already under way on Find a Tender: its notices are recorded as published under their
/// Find a Tender notice ids and its ocid is kept, then what the Act still asks follows from the same rules as for a
/// procurement run here from the start (the standstill after a contract award notice, the copy and KPI obligations
/// of a contract in force), so the next step is the next notice of its lifecycle.
/// </summary>
internal static class AdoptionDecisions
{
    /// <summary>Where Find a Tender serves each published release; the receipt of an adopted notice points there.</summary>
    public const string FindATenderReleases = "https://www.find-tender.service.gov.uk/api/1.0/ocdsReleasePackages/";

    /// <summary>
    /// An adoption is recorded in one append, which the table record writes as one entity group transaction: at most
    /// 100 rows and 4 MiB. These bounds keep the adopted notices, one row each, well inside both.
    /// </summary>
    public const int MaxNotices = 50;

    /// <summary>The notices' JSON together, in characters; see <see cref="MaxNotices"/>.</summary>
    public const int MaxTotalContentLength = 1_000_000;
    public const int MaxTitleLength = 1_000;

    private static readonly HashSet<NoticeType> ContractStage = [NoticeType.UK7, NoticeType.UK9, NoticeType.UK10, NoticeType.UK11];

    public static Decision Adopt(AdoptProcurement c)
    {
        if (Permissions.RequireCommissioner(c.Context, "adopt a procurement") is { } refused)
        {
            return refused;
        }

        var problems = AdoptionChecks.Check(c);
        if (problems.Count > 0)
        {
            return Decision.Refuse(problems);
        }

        var notices = c.Notices.OrderBy(n => n.PublishedAt).ToList();
        List<ProcurementEvent> events =
        [
            new ProcurementAdopted(
                c.Context, c.Ocid, c.BuyerId.Trim(), c.BuyerName.Trim(), c.Title.Trim(), c.EstimatedValue, c.Procedure!.Value, c.Nature!.Value,
                c.Regime, c.Lots, c.Award, c.Contract),
        ];
        var numbers = new Dictionary<NoticeType, int>();
        foreach (var notice in notices)
        {
            // Keys as drafting gives them (uk6-1), so a notice drafted later is numbered after the adopted ones.
            var number = numbers[notice.Type] = numbers.GetValueOrDefault(notice.Type) + 1;
            var key = $"{notice.Type.ToString().ToLowerInvariant()}-{number}";
            var receipt = new PublicationReceipt(notice.NoticeId, c.Ocid, notice.PublishedAt, FindATenderReleases + notice.NoticeId);
            events.Add(new NoticeAdopted(c.Context, key, notice.Type, notice.Content, receipt));
        }

        events.AddRange(StillRunning(c, notices));
        return Decision.Accept(events);
    }

    public static Decision AlreadyRegistered(AdoptProcurement c, Registered s) => Decision.Refuse(
        $"This reference already holds the procurement '{s.Details.Title}'{(s.Ocid is { } ocid ? $" ({ocid})" : "")}, so {c.Ocid} cannot be adopted under it; adopt it under a new reference.",
        "ocid");

    /// <summary>The standstill and obligations the published notices leave running, as the Act sets them.</summary>
    private static IEnumerable<ProcurementEvent> StillRunning(AdoptProcurement c, IReadOnlyList<AdoptedPublication> notices)
    {
        var context = c.Context;
        var lightTouch = c.Regime == Domain.Procurement.SpecialRegime.LightTouch;
        if (notices.Any(n => n.Type == NoticeType.UK12))
        {
            yield break;
        }

        if (notices.All(n => !ContractStage.Contains(n.Type)) && notices.LastOrDefault(n => n.Type == NoticeType.UK6) is { } awardNotice && !lightTouch)
        {
            // The standstill the notice states, or failing that the one the Act sets from its publication (s.51).
            var period = ActRules.Standstill(ActRules.UkDate(awardNotice.PublishedAt));
            var lastDay = c.Award?.StandstillLastDay ?? period.LastDay;
            var endsAt = ActRules.EndOfUkDay(lastDay);
            yield return new StandstillStarted(context, period.FirstDay, lastDay, endsAt);
            if (context.At >= endsAt)
            {
                yield return new StandstillEnded(context);
            }

            yield break;
        }

        if (c.Contract is not { EndedOn: null } contract || notices.Any(n => n.Type == NoticeType.UK11))
        {
            // Before the contract there is nothing dated yet; after its termination notice, nothing at all.
            yield break;
        }

        // The contract details notice is published, so only the copy and the yearly KPI assessments remain (s.53, s.71).
        if (MoneyTriggers.NeedsContractCopyPublished(contract.Value))
        {
            yield return new ObligationSet(context, Obligations.ContractCopy, ObligationKind.ContractCopy, ActRules.ContractCopyDue(contract.EnteredOn, lightTouch));
            if (!lightTouch)
            {
                var assessed = notices.Count(n => n.Type == NoticeType.UK9);
                yield return new ObligationSet(context, "kpi-1", ObligationKind.KpiAssessment, contract.EnteredOn.AddYears(assessed + 1));
            }
        }
    }
}
