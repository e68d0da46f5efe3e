namespace Notices.Domain.Notices;

/// <summary>
/// Checks a notice before it can be submitted for approval: the content the Regulations require for its
/// type, Find a Tender's field constraints and codelists, and the rules that tie fields together (lot
/// values add up, dates in order, standstill consistent with publication). Every error names the
/// field's path and says what to change.
/// </summary>
public static class NoticeValidator
{
    public static ValidationResult Validate(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var e = new ValidationErrors();
        CommonRules.Check(e, notice);
        switch (notice)
        {
            case PipelineNotice n:
                PlanningRules.CheckPipeline(e, n);
                break;
            case MarketEngagementNotice n:
                PlanningRules.CheckMarketEngagement(e, n);
                break;
            case PlannedProcurementNotice n:
                PlanningRules.CheckPlannedProcurement(e, n);
                break;
            case TenderNotice n:
                TenderRules.Check(e, n);
                break;
            case TransparencyNotice n:
                AwardRules.CheckTransparency(e, n);
                break;
            case ContractAwardNotice n:
                AwardRules.CheckContractAward(e, n);
                break;
            case ContractDetailsNotice n:
                ContractRules.CheckContractDetails(e, n);
                break;
            case ContractPerformanceNotice n:
                ContractRules.CheckPerformance(e, n);
                break;
            case ContractChangeNotice n:
                ContractRules.CheckChange(e, n);
                break;
            case ContractTerminationNotice n:
                ContractRules.CheckTermination(e, n);
                break;
            case ProcurementTerminationNotice n:
                PlanningRules.CheckProcurementTermination(e, n);
                break;
            default:
                e.Add("noticeType", $"{notice.Type} is not a notice this service drafts.");
                break;
        }

        return e.ToResult();
    }
}
