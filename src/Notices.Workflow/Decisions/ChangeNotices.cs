using System.Globalization;
using Notices.Domain.Modifications;
using Notices.Domain.Notices;
using Notices.Workflow.Procurements;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Law;
using Notices.Workflow.State;
using Contract = Notices.Workflow.State.Contract;

namespace Notices.Workflow.Decisions;

/// <summary>
/// Section 75 applied when a change is recorded: a change that needs a contract change notice (UK10) needs it
/// published before the change takes effect. A notice already published and not yet matched to a change is taken
/// as this change's; otherwise the notice falls due the day before the change takes effect, and a change taking
/// effect today or earlier leaves no time for one, so it is refused.
/// </summary>
internal static class ChangeNotices
{
    public static string ObligationId(int changeNumber) => $"change-{changeNumber}-notice";

    /// <summary>The obligation (met or open) the change brings, or the commissioner's reason it cannot be recorded.</summary>
    public static (IReadOnlyList<ProcurementEvent> Events, Problem? Refusal) OnChange(RecordContractChange c, Registered s, Contract contract, int changeNumber)
    {
        var rule = Rule(c, s, contract);
        if (!rule.NoticeRequired)
        {
            return ([], null);
        }

        var id = ObligationId(changeNumber);
        var due = ActRules.ChangeNoticeDue(c.EffectiveOn);
        if (Unmatched(s) is { } published && ActRules.UkDate(published.Publication.PublishedAt) <= c.EffectiveOn)
        {
            return ([new ObligationSet(c.Context, id, ObligationKind.ChangeNotice, due), new ObligationMet(c.Context, id, published.Key)], null);
        }

        if (c.EffectiveOn <= ActRules.UkDate(c.Context.At))
        {
            return ([], new Problem(
                $"A change taking effect on {Day(c.EffectiveOn)} leaves no time to publish the contract change notice (UK10) it needs first. "
                + rule.Explanation
                + " Publish the contract change notice before the change takes effect, and give the date it takes effect after that.",
                "effectiveOn"));
        }

        return ([new ObligationSet(c.Context, id, ObligationKind.ChangeNotice, due)], null);
    }

    private static ChangeNoticeDecision Rule(RecordContractChange c, Registered s, Contract contract) =>
        contract.Value <= 0
            // An adopted contract may not say what it was worth; without a value the change cannot be shown to be small.
            ? new ChangeNoticeDecision(true, ["The contract's value before the change is not known, so a contract change notice is needed (s.75(1))."])
            : ChangeNoticeRule.Decide(new ProposedModification
            {
                Nature = s.Details.Nature,
                Regime = s.Details.Regime,
                EstimatedValueBefore = contract.Value,
                EstimatedValueAfter = c.NewValue,
                MaximumTermOnAwardDays = contract.EndsOn.DayNumber - contract.StartsOn.DayNumber + 1,
                IsCorporateRestructuringNovation = c.CorporateRestructuring,
            });

    /// <summary>
    /// The earliest published contract change notice not yet matched to a change: each met change-notice obligation
    /// used one, in order of publication.
    /// </summary>
    private static PublishedNoticeState? Unmatched(Registered s)
    {
        var used = s.Obligations.Values.Count(o => o.Kind == ObligationKind.ChangeNotice && o.Status == ObligationStatus.Met);
        return s.NoticesOfType(NoticeType.UK10).OfType<PublishedNoticeState>()
            .OrderBy(n => n.Publication.PublishedAt)
            .Skip(used)
            .FirstOrDefault();
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
