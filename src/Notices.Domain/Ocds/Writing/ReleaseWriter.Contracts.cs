using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

internal sealed partial class ReleaseWriter
{
    private void WriteContracts()
    {
        switch (notice)
        {
            case ContractDetailsNotice { Contracts.Count: > 0 } n:
                w.WriteStartArray("contracts");
                for (var i = 0; i < n.Contracts.Count; i++)
                {
                    WriteSignedContract(n, n.Contracts[i], first: i == 0);
                }

                w.WriteEndArray();
                break;
            case ContractStageNotice { ContractId: { } contractId } n:
                w.WriteStartArray("contracts");
                w.WriteStartObject();
                w.WriteString("id", contractId);

                // Find a Tender numbers a contract with the award it comes from.
                WriteConvention("awardID", contractId);
                WriteConvention("status", n is ContractTerminationNotice ? "terminated" : "active");
                if (n is ContractChangeNotice { Amendment: { } changed })
                {
                    // A contract change notice restates the contract as it will be once modified, not
                    // only the amendment: its value and its term, with the latest date it may run to.
                    WriteValue("value", changed.Value);
                    WritePeriod("period", changed.Period);
                }

                WriteContractStageDetails(n);
                WriteDocuments("documents", withNotice: true, []);
                w.WriteEndObject();
                w.WriteEndArray();
                break;
        }
    }

    private void WriteSignedContract(ContractDetailsNotice n, Contract contract, bool first)
    {
        w.WriteStartObject();
        WriteOptional("id", contract.Id);
        WriteOptional("awardID", contract.AwardId);
        WriteOptional("title", contract.Title);
        WriteConvention("status", "active");
        WritePeriod("period", contract.Period);
        WriteValue("value", contract.Value);
        WriteOptional("aboveThreshold", contract.AboveThreshold);
        WriteOptional("dateSigned", contract.DateSigned);
        if (first)
        {
            // The KPIs of s.52 as the metrics extension's agreed metrics, once per notice.
            if (n.Kpis.Count > 0)
            {
                w.WriteStartArray("agreedMetrics");
                foreach (var kpi in n.Kpis)
                {
                    w.WriteStartObject();
                    WriteOptional("id", kpi.Id);
                    WriteOptional("title", kpi.Title);
                    WriteOptional("description", kpi.Description);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            WriteOptional("noAgreedMetricsRationale", n.NoKpisRationale);
        }

        WriteDocuments("documents", withNotice: true, []);
        w.WriteEndObject();
    }

    private void WriteContractStageDetails(ContractStageNotice n)
    {
        switch (n)
        {
            case ContractPerformanceNotice performance:
                w.WriteStartObject("implementation");
                WriteKpiAssessments(performance);
                WriteBreach(performance.Breach, n.Suppliers);
                w.WriteEndObject();
                break;
            case ContractChangeNotice { Amendment: { } amendment } change:
                WriteAmendment(amendment, change.Suppliers);
                break;
            case ContractTerminationNotice termination:
                if (termination.Reasons.Count > 0)
                {
                    w.WriteStartArray("terminationRationaleClassifications");
                    foreach (var reason in termination.Reasons)
                    {
                        WriteCodeClassification(ReleaseConventions.TerminationReasonScheme, EnumCodes<TerminationReason>.Code(reason));
                    }

                    w.WriteEndArray();
                }

                w.WriteStartObject("implementation");
                WriteOptional("endDate", termination.TerminationDate);
                WriteOptional("endDateDetails", termination.Rationale);
                WriteValue("finalValue", termination.FinalValue);
                WriteBreach(termination.Breach, n.Suppliers);
                w.WriteEndObject();
                break;
        }
    }

    private void WriteKpiAssessments(ContractPerformanceNotice n)
    {
        if (n.KpiAssessments.Count == 0)
        {
            return;
        }

        w.WriteStartArray("metrics");
        foreach (var assessment in n.KpiAssessments)
        {
            w.WriteStartObject();
            WriteOptional("id", assessment.KpiId);
            WriteOptional("title", assessment.KpiTitle);
            w.WriteStartArray("observations");
            w.WriteStartObject();
            WriteConvention("id", "1");
            WritePeriod("period", n.AssessmentPeriod);
            WriteOptional("notes", assessment.Comment);
            if (assessment.Rating is { } rating)
            {
                w.WriteStartObject("measureClassification");
                WriteConvention("scheme", ReleaseConventions.KpiRatingScheme);
                w.WriteString("id", ReleaseConventions.KpiRatingCode(rating));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteBreach(PerformanceBreach? breach, IReadOnlyList<Supplier> suppliers)
    {
        if (breach is null)
        {
            return;
        }

        w.WriteStartArray("performanceFailures");
        w.WriteStartObject();
        WriteConvention("id", "1");
        WriteOptional("requirement", breach.Requirement);
        WriteOptional("description", breach.Description);
        WriteOptional("penaltyDate", breach.PenaltyDate);
        WriteValue("penaltyValue", breach.Damages);
        if (suppliers.Count > 0)
        {
            w.WriteStartArray("suppliers");
            foreach (var supplier in suppliers)
            {
                WriteOrganisationReference(supplier);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    private void WriteAmendment(ContractAmendment amendment, IReadOnlyList<Supplier> suppliers)
    {
        w.WriteStartArray("amendments");
        w.WriteStartObject();
        WriteOptional("id", amendment.Id);
        WriteOptional("date", amendment.Date);
        WriteOptional("rationale", amendment.Rationale);
        WriteOptional("description", amendment.Description);
        if (amendment.Ground is { } ground)
        {
            w.WriteStartArray("rationaleClassifications");
            WriteCodeClassification(ReleaseConventions.ModificationGroundScheme, EnumCodes<ModificationGround>.Code(ground));
            w.WriteEndArray();
        }

        WriteValue("value", amendment.Value);
        WritePeriod("period", amendment.Period);
        if (fresh || amendment.VoluntaryStandstill)
        {
            w.WriteBoolean("standstill", amendment.VoluntaryStandstill);
        }

        WriteOrganisationReferences("suppliersAdded", amendment.SuppliersAdded, suppliers);
        WriteOrganisationReferences("suppliersRemoved", amendment.SuppliersRemoved, suppliers);
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
