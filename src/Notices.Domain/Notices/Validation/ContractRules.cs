using Notices.Domain.Thresholds;

namespace Notices.Domain.Notices;

/// <summary>
/// The notices about a contract: UK7 contract details (regs 32-36), UK9 performance (reg 39),
/// UK10 change (reg 40) and UK11 termination (reg 41).
/// </summary>
internal static class ContractRules
{
    public static void CheckContractDetails(ValidationErrors e, ContractDetailsNotice n)
    {
        LotRules.Check(e, n, valueRequired: false, lotsRequired: true, tenderDetail: false);
        AwardRules.CheckAwards(e, n, decisionDateRequired: false, valueRequired: false);
        if (n.Contracts.Count == 0)
        {
            e.Add("contracts", "Add the contract entered into: the date it was signed, its term and its value.");
            return;
        }

        for (var i = 0; i < n.Contracts.Count; i++)
        {
            CheckContract(e, n, n.Contracts[i], i);
        }

        var kpisApply = n.SpecialRegime is not (Procurement.SpecialRegime.LightTouch or Procurement.SpecialRegime.Concession or Procurement.SpecialRegime.Utilities)
            && n.Procedure is not (Notices.Procedure.FrameworkCallOff or Notices.Procedure.DynamicMarketCallOff)
            // Section 52: a contract over the threshold must have at least three KPIs, published in the UK7.
            && n.Contracts.Any(c => c.Value?.AmountGross is { } gross && MoneyTriggers.NeedsKeyPerformanceIndicators(gross));
        if (kpisApply && n.Kpis.Count < 3 && string.IsNullOrWhiteSpace(n.NoKpisRationale))
        {
            e.Add("kpis", $"The contract is worth more than {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords}, so give the three KPIs you consider most material (s.52), or explain in noKpisRationale why KPIs are not suitable.");
        }

        for (var i = 0; i < n.Kpis.Count; i++)
        {
            FieldRules.RequiredText(e, n.Kpis[i].Title, $"kpis[{i}].title", "the KPI's name", FieldLimits.Title);
            FieldRules.OptionalText(e, n.Kpis[i].Description, $"kpis[{i}].description", "the KPI's description", FieldLimits.Description);
        }
    }

    private static void CheckContract(ValidationErrors e, ContractDetailsNotice n, Contract contract, int i)
    {
        if (string.IsNullOrWhiteSpace(contract.Id))
        {
            e.Add($"contracts[{i}].id", "Give the contract an id, unique within the procurement, such as 1.");
        }

        var award = n.Awards.FirstOrDefault(a => a.Id == contract.AwardId);
        if (award is null)
        {
            e.Add($"contracts[{i}].awardId", $"'{contract.AwardId}' is not one of the notice's awards; give the id of the award this contract comes from.");
        }

        FieldRules.Required(e, contract.DateSigned, $"contracts[{i}].dateSigned", "Enter the date the contract was entered into.");
        FieldRules.Money(e, contract.Value, $"contracts[{i}].value", "the contract's value", required: true);
        FieldRules.Period(e, contract.Period, $"contracts[{i}].period", "the contract's term");
        FieldRules.OptionalText(e, contract.Title, $"contracts[{i}].title", "the contract's title", FieldLimits.Title);
        FieldRules.NotAfter(e, contract.DateSigned, n.Publication?.Published, $"contracts[{i}].dateSigned", "the date the contract was entered into", "the publication of this notice");
        FieldRules.NotAfter(e, contract.DateSigned, contract.Period?.EndDate, $"contracts[{i}].dateSigned", "the date the contract was entered into", "the end of its term");
        if (award?.StandstillEnd is { } standstillEnd && contract.DateSigned is { } signed && signed <= standstillEnd)
        {
            e.Add($"contracts[{i}].dateSigned", $"The contract was entered into on {FieldRules.Day(signed)}, before the standstill period ended ({FieldRules.Day(standstillEnd)}); check the date.");
        }
    }

    public static void CheckPerformance(ValidationErrors e, ContractPerformanceNotice n)
    {
        CheckContractReference(e, n);
        if (n.KpiAssessments.Count == 0 && n.Breach is null)
        {
            e.Add("kpiAssessments", "Rate the supplier against each KPI for the period, or give the details of the breach or failure to improve (s.71).");
        }

        if (n.KpiAssessments.Count > 0 && n.AssessmentPeriod is null)
        {
            e.Add("assessmentPeriod", "Enter the period the KPI assessment covers.");
        }

        FieldRules.Period(e, n.AssessmentPeriod, "assessmentPeriod", "the assessment period");
        for (var i = 0; i < n.KpiAssessments.Count; i++)
        {
            var assessment = n.KpiAssessments[i];
            FieldRules.RequiredText(e, assessment.KpiTitle, $"kpiAssessments[{i}].kpiTitle", "the KPI's name", FieldLimits.Title);
            FieldRules.Required(e, assessment.Rating, $"kpiAssessments[{i}].rating", "Rate performance against the KPI: good, approaching target, requires improvement, inadequate or other.");
            FieldRules.OptionalText(e, assessment.Comment, $"kpiAssessments[{i}].comment", "the comment", FieldLimits.Description);
        }

        CheckBreach(e, n.Breach, "breach");
    }

    public static void CheckChange(ValidationErrors e, ContractChangeNotice n)
    {
        CheckContractReference(e, n);
        if (n.Amendment is not { } amendment)
        {
            e.Add("amendment", "Describe the modification: the Schedule 8 ground, why, and the change to the value or the term.");
            return;
        }

        FieldRules.Required(e, amendment.Ground, "amendment.ground", "Say which ground in Schedule 8 permits the modification.");
        FieldRules.RequiredText(e, amendment.Rationale, "amendment.rationale", "why the modification is needed and why the ground applies", FieldLimits.LongDescription);
        FieldRules.OptionalText(e, amendment.Description, "amendment.description", "the description of the change", FieldLimits.LongDescription);
        FieldRules.Required(e, amendment.Date, "amendment.date", "Enter the date you expect the modification to be made.");
        if (amendment.Value is null && amendment.Period is null && amendment.Ground != ModificationGround.CorporateRestructuring)
        {
            e.Add("amendment", "Give the contract's value or term as modified, or both.");
        }

        FieldRules.Money(e, amendment.Value, "amendment.value", "the modified contract's value", required: false);
        FieldRules.Period(e, amendment.Period, "amendment.period", "the modified term");
        if (amendment.VoluntaryStandstill)
        {
            StandstillRules.CheckVoluntary(e, n.Publication?.Published, amendment.Date, "amendment.date");
        }

        if (amendment.Ground == ModificationGround.CorporateRestructuring && amendment.SuppliersAdded.Count == 0 && amendment.SuppliersRemoved.Count == 0)
        {
            e.Add("amendment.suppliersAdded", "A change for corporate restructuring names the supplier joining the contract and the one leaving it.");
        }

        for (var i = 0; i < amendment.SuppliersAdded.Count; i++)
        {
            SupplierRules.Reference(e, n.Suppliers, amendment.SuppliersAdded[i], $"amendment.suppliersAdded[{i}]");
        }

        for (var i = 0; i < amendment.SuppliersRemoved.Count; i++)
        {
            SupplierRules.Reference(e, n.Suppliers, amendment.SuppliersRemoved[i], $"amendment.suppliersRemoved[{i}]");
        }
    }

    public static void CheckTermination(ValidationErrors e, ContractTerminationNotice n)
    {
        CheckContractReference(e, n);
        FieldRules.Required(e, n.TerminationDate, "terminationDate", "Enter the date the contract ended.");
        if (n.Reasons.Count == 0)
        {
            e.Add("reasons", "Say why the contract ended: it expired, was discharged, was terminated (by whom), was rescinded or was set aside.");
        }

        if (n.Reasons.Contains(TerminationReason.Breach) && n.Breach is null)
        {
            e.Add("breach", "The contract was ended for breach, so give the breach details: the obligation, what happened and when (reg 41).");
        }

        CheckBreach(e, n.Breach, "breach");
        FieldRules.Money(e, n.FinalValue, "finalValue", "the final value", required: false);
        FieldRules.OptionalText(e, n.Rationale, "rationale", "the explanation", FieldLimits.LongDescription);
        FieldRules.NotAfter(e, n.TerminationDate, n.Publication?.Published, "terminationDate", "the end of the contract", "the publication of this notice");
    }

    private static void CheckContractReference(ValidationErrors e, ContractStageNotice n)
    {
        FieldRules.RequiredText(e, n.ContractId, "contractId", "the id of the contract, as given in its contract details notice", FieldLimits.Reference);
        SupplierRules.Check(e, n.Suppliers, required: true);
    }

    private static void CheckBreach(ValidationErrors e, PerformanceBreach? breach, string path)
    {
        if (breach is null)
        {
            return;
        }

        FieldRules.RequiredText(e, breach.Requirement, path + ".requirement", "the obligation the supplier failed to meet", FieldLimits.Description);
        FieldRules.RequiredText(e, breach.Description, path + ".description", "what the breach was, its impact and how long it lasted", FieldLimits.LongDescription);
        FieldRules.Required(e, breach.PenaltyDate, path + ".penaltyDate", "Enter the date of the termination, damages award or settlement.");
        FieldRules.Money(e, breach.Damages, path + ".damages", "the damages", required: false);
    }
}
