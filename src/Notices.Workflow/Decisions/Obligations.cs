using Notices.Domain.Thresholds;
using Notices.Workflow.Events;
using Notices.Workflow.Law;
using Notices.Workflow.Procurements;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

/// <summary>The obligations the Act attaches to a contract, with their due dates as the law computes them.</summary>
internal static class Obligations
{
    public const string ContractDetails = "contract-details";
    public const string ContractCopy = ContractCopies.ContractCopyKeys.Contract;
    public const string TerminationNotice = "termination-notice";

    public static IEnumerable<ObligationSet> OnContractEntered(DecisionContext context, Registered s, DateOnly entered, decimal value)
    {
        yield return new ObligationSet(
            context, ContractDetails, ObligationKind.ContractDetailsNotice, ActRules.ContractDetailsNoticeDue(entered, s.IsLightTouch));
        if (!MoneyTriggers.NeedsContractCopyPublished(value))
        {
            yield break;
        }

        yield return new ObligationSet(context, ContractCopy, ObligationKind.ContractCopy, ActRules.ContractCopyDue(entered, s.IsLightTouch));
        if (!s.IsLightTouch)
        {
            // KPIs (s.52) are not required for light touch contracts; otherwise assessed at least once a year.
            yield return new ObligationSet(context, "kpi-1", ObligationKind.KpiAssessment, entered.AddYears(1));
        }
    }

    public static ObligationSet NextKpiAssessment(DecisionContext context, Registered s, Obligation current)
    {
        var number = s.Obligations.Values.Count(o => o.Kind == ObligationKind.KpiAssessment) + 1;
        return new ObligationSet(context, $"kpi-{number}", ObligationKind.KpiAssessment, current.DueOn.AddYears(1));
    }

    /// <summary>A modified contract over the threshold must be published as a copy within 90 days of the change (s.77).</summary>
    public static IEnumerable<ObligationSet> OnContractChanged(DecisionContext context, int changeNumber, decimal newValue, DateOnly effectiveOn)
    {
        if (MoneyTriggers.NeedsContractCopyPublished(newValue))
        {
            yield return new ObligationSet(
                context, ContractCopies.ContractCopyKeys.ForChange(changeNumber), ObligationKind.ModifiedContractCopy,
                ActRules.ModifiedContractCopyDue(effectiveOn));
        }
    }

    public static IEnumerable<ProcurementEvent> OnContractEnded(DecisionContext context, Registered s, DateOnly ended)
    {
        yield return new ObligationSet(context, TerminationNotice, ObligationKind.TerminationNotice, ActRules.TerminationNoticeDue(ended));
        foreach (var kpi in s.Obligations.Values.Where(o => o.Kind == ObligationKind.KpiAssessment && o.Status == ObligationStatus.Open))
        {
            yield return new ObligationWithdrawn(context, kpi.Id, "The contract has ended; no further yearly assessment falls due.");
        }
    }
}
