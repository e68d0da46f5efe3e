namespace Notices.Domain.Notices;

/// <summary>UK5 transparency notice (reg 26) and UK6 contract award notice (regs 27-30), and the awards they carry.</summary>
internal static class AwardRules
{
    public static void CheckTransparency(ValidationErrors e, TransparencyNotice n)
    {
        LotRules.Check(e, n, valueRequired: true, lotsRequired: true, tenderDetail: false);
        if (n.Procedure is { } procedure && procedure is not (Notices.Procedure.DirectAward or Notices.Procedure.BelowThresholdWithoutCompetition))
        {
            e.Add("procedure", "A transparency notice announces a direct award; set the procedure to directAward.");
        }

        FieldRules.RequiredText(e, n.DirectAwardJustification, "directAwardJustification", "why direct award is justified: the Schedule 5 ground and an explanation", FieldLimits.LongDescription);
        CheckAwards(e, n, decisionDateRequired: false, valueRequired: true);
        for (var i = 0; i < n.Awards.Count; i++)
        {
            FieldRules.Required(e, n.Awards[i].EstimatedSignatureDate, $"awards[{i}].estimatedSignatureDate", "Enter the date you expect to enter into the contract.");
            if (n.Awards[i].Status != AwardStatus.Pending)
            {
                e.Add($"awards[{i}].status", "A transparency notice announces a direct award before the contract is entered into, so the award is pending; set its status to pending.");
            }
        }
    }

    public static void CheckContractAward(ValidationErrors e, ContractAwardNotice n)
    {
        LotRules.Check(e, n, valueRequired: false, lotsRequired: true, tenderDetail: false);
        if (n.Procedure is null)
        {
            e.Add("procedure", "Say which procedure was used to award the contract.");
        }
        else if (n.Procedure == Notices.Procedure.DirectAward)
        {
            FieldRules.RequiredText(e, n.DirectAwardJustification, "directAwardJustification", "why direct award was justified", FieldLimits.LongDescription);
        }

        CheckAwards(e, n, decisionDateRequired: true, valueRequired: true);
        var standstillApplies = StandstillRules.IsMandatory(n);
        for (var i = 0; i < n.Awards.Count; i++)
        {
            var award = n.Awards[i];
            if (standstillApplies && award.Status == AwardStatus.Pending && award.AboveThreshold != false && award.StandstillEnd is null)
            {
                e.Add($"awards[{i}].standstillEnd", "Enter the end of the standstill period: eight working days beginning with the day this notice is published (s.51).");
            }

            StandstillRules.Check(e, n.Publication?.Published, award.StandstillEnd, $"awards[{i}].standstillEnd");
            FieldRules.NotAfter(e, award.AssessmentSummariesSent, n.Publication?.Published, $"awards[{i}].assessmentSummariesSent", "the sending of the assessment summaries", "the publication of this notice");
            FieldRules.NotAfter(e, award.Date, n.Publication?.Published, $"awards[{i}].date", "the award decision", "the publication of this notice");
            if (award is { StandstillEnd: { } end, EstimatedSignatureDate: { } signature } && signature <= end)
            {
                e.Add($"awards[{i}].estimatedSignatureDate", $"The contract cannot be entered into until the standstill period has ended ({FieldRules.Day(end)}); choose a later signature date.");
            }
        }

        CheckBidStatistics(e, n);
    }

    public static void CheckAwards(ValidationErrors e, AwardStageNotice n, bool decisionDateRequired, bool valueRequired)
    {
        SupplierRules.Check(e, n.Suppliers, required: true);
        if (n.Awards.Count == 0)
        {
            e.Add("awards", "Add the award: which supplier is awarded which lot, for what value.");
            return;
        }

        for (var i = 0; i < n.Awards.Count; i++)
        {
            var award = n.Awards[i];
            if (string.IsNullOrWhiteSpace(award.Id))
            {
                e.Add($"awards[{i}].id", "Give the award an id, unique within the procurement, such as 1.");
            }

            for (var j = 0; j < i; j++)
            {
                if (award.Id is { } id && id == n.Awards[j].Id)
                {
                    e.Add($"awards[{i}].id", $"Award id '{id}' is also used by awards[{j}]; give each award its own id.");
                }
            }

            FieldRules.OptionalText(e, award.Title, $"awards[{i}].title", "the award's title", FieldLimits.Title);
            FieldRules.Money(e, award.Value, $"awards[{i}].value", "the value of the award", valueRequired);
            FieldRules.Period(e, award.ContractPeriod, $"awards[{i}].contractPeriod", "the contract period");
            if (decisionDateRequired)
            {
                FieldRules.Required(e, award.Date, $"awards[{i}].date", "Enter the date of the award decision.");
            }

            if (award.SupplierIds.Count == 0)
            {
                e.Add($"awards[{i}].supplierIds", "Name the supplier or suppliers the award is made to.");
            }

            for (var s = 0; s < award.SupplierIds.Count; s++)
            {
                SupplierRules.Reference(e, n.Suppliers, award.SupplierIds[s], $"awards[{i}].supplierIds[{s}]");
            }

            for (var l = 0; l < award.RelatedLots.Count; l++)
            {
                if (!HasLot(n, award.RelatedLots[l]))
                {
                    e.Add($"awards[{i}].relatedLots[{l}]", $"There is no lot '{award.RelatedLots[l]}' in this notice; correct the lot id or add the lot.");
                }
            }
        }
    }

    private static void CheckBidStatistics(ValidationErrors e, ContractAwardNotice n)
    {
        for (var i = 0; i < n.BidStatistics.Count; i++)
        {
            var statistic = n.BidStatistics[i];
            if (statistic.Measure is null || !Ocds.OcdsCodelists.BidStatisticMeasure.Contains(statistic.Measure))
            {
                e.Add($"bidStatistics[{i}].measure", $"'{statistic.Measure}' is not a bid statistic; use bids, finalStageBids, smeFinalStageBids or vcseFinalStageBids.");
            }

            if (statistic.Value is null or < 0)
            {
                e.Add($"bidStatistics[{i}].value", "Enter the number of tenders: zero or more.");
            }

            if (statistic.RelatedLot is { } lot && !HasLot(n, lot))
            {
                e.Add($"bidStatistics[{i}].relatedLot", $"There is no lot '{lot}' in this notice; correct the lot id.");
            }
        }
    }

    public static bool HasLot(ProcurementNotice n, string lotId)
    {
        foreach (var lot in n.Lots)
        {
            if (lot.Id == lotId)
            {
                return true;
            }
        }

        return false;
    }
}
