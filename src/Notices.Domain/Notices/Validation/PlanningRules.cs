namespace Notices.Domain.Notices;

/// <summary>The notices before a tender: UK1 (reg 15), UK2 (reg 17), UK3 (reg 16); and UK12 (reg 37).</summary>
internal static class PlanningRules
{
    public static void CheckPipeline(ValidationErrors e, PipelineNotice n)
    {
        LotRules.Check(e, n, valueRequired: true, lotsRequired: false, tenderDetail: false);
        FieldRules.Required(e, n.EstimatedTenderNoticeDate, "estimatedTenderNoticeDate", "Enter the date you expect to publish the tender or transparency notice.");
    }

    public static void CheckMarketEngagement(ValidationErrors e, MarketEngagementNotice n)
    {
        LotRules.Check(e, n, valueRequired: false, lotsRequired: false, tenderDetail: false);
        FieldRules.Required(e, n.EngagementEndDate, "engagementEndDate", "Enter the date the market engagement closes, or closed.");
        FieldRules.RequiredText(e, n.EngagementDescription, "engagementDescription", "how the engagement is run: events, dates and how to take part", FieldLimits.LongDescription);
    }

    public static void CheckPlannedProcurement(ValidationErrors e, PlannedProcurementNotice n)
    {
        LotRules.Check(e, n, valueRequired: false, lotsRequired: false, tenderDetail: false);
        FieldRules.Required(e, n.EstimatedTenderNoticeDate, "estimatedTenderNoticeDate", "Enter the date you expect to publish the tender notice.");
        FieldRules.Required(e, n.EstimatedTenderDeadline, "estimatedTenderDeadline", "Enter the date you expect tenders to be due.");
        FieldRules.Required(e, n.EstimatedAwardDate, "estimatedAwardDate", "Enter the date you expect to award the contract.");
        if (n.Procedure is not (Notices.Procedure.Open or Notices.Procedure.CompetitiveFlexible))
        {
            e.Add("procedure", "Say whether the procurement will use the open or the competitive flexible procedure.");
        }

        FieldRules.NotAfter(e, n.EstimatedTenderNoticeDate, n.EstimatedTenderDeadline, "estimatedTenderDeadline", "the estimated tender notice date", "the estimated tender deadline");
        FieldRules.NotAfter(e, n.EstimatedTenderDeadline, n.EstimatedAwardDate, "estimatedAwardDate", "the estimated tender deadline", "the estimated award date");
        if (n.Publication is { } published)
        {
            FieldRules.NotAfter(e, published.Published, n.EstimatedTenderNoticeDate, "estimatedTenderNoticeDate", "the publication of this notice", "the estimated tender notice date");
        }
    }

    public static void CheckProcurementTermination(ValidationErrors e, ProcurementTerminationNotice n)
    {
        FieldRules.Required(e, n.DecisionDate, "decisionDate", "Enter the date the authority decided not to award the contract.");
        FieldRules.OptionalText(e, n.Reason, "reason", "the reason", FieldLimits.Description);
        if (n.Publication is { } published)
        {
            FieldRules.NotAfter(e, n.DecisionDate, published.Published, "decisionDate", "the decision not to award", "the publication of this notice");
        }

        for (var i = 0; i < n.LotIds.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(n.LotIds[i]))
            {
                e.Add($"lotIds[{i}]", "Enter the id of the lot no longer being awarded.");
            }
        }
    }
}
