using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

internal sealed partial class ReleaseWriter
{
    private void WriteBids(IReadOnlyList<BidStatistic> statistics)
    {
        w.WriteStartObject("bids");
        w.WriteStartArray("statistics");
        for (var i = 0; i < statistics.Count; i++)
        {
            var statistic = statistics[i];
            w.WriteStartObject();
            w.WriteString("id", statistic.Id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteOptional("measure", statistic.Measure);
            if (statistic.Value is { } value)
            {
                w.WriteNumber("value", value);
            }

            WriteOptional("relatedLot", statistic.RelatedLot);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// A procurement terminated after its awards were announced cancels each of them, final from the day
    /// the authority decided not to award.
    /// </summary>
    private void WriteCancelledAwards(ProcurementTerminationNotice n)
    {
        w.WriteStartArray("awards");
        foreach (var id in n.AwardIds)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("status", EnumCodes<AwardStatus>.Code(AwardStatus.Cancelled));
            WriteOptional("finalStatusDate", n.DecisionDate);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteSubcontracts(IReadOnlyList<Subcontract> subcontracts, IReadOnlyList<Supplier> suppliers)
    {
        if (subcontracts.Count == 0)
        {
            return;
        }

        w.WriteStartObject("subcontracting");
        w.WriteStartArray("subcontracts");
        for (var i = 0; i < subcontracts.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("id", subcontracts[i].Id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteOrganisationReferences("mainContractors", subcontracts[i].MainContractorIds, suppliers);
            WriteOptional("description", subcontracts[i].Description);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void WriteAwards(AwardStageNotice n)
    {
        // The contract award and transparency notices are documents of each award; a contract details
        // notice is a document of its contracts.
        var noticeHere = n.Type is NoticeType.UK5 or NoticeType.UK6;
        w.WriteStartArray("awards");
        foreach (var award in n.Awards)
        {
            w.WriteStartObject();
            WriteOptional("id", award.Id);
            WriteOptional("title", award.Title);
            w.WriteString("status", EnumCodes<AwardStatus>.Code(award.Status));
            WriteOptional("date", award.Date);
            WriteValue("value", award.Value);
            if (fresh)
            {
                // Find a Tender gives an award notice's category and CPV codes on each award. A published
                // award keeps its own items, which the notice's lots only summarise.
                WriteOptional("mainProcurementCategory", NatureCode(n.Nature));
            }

            WriteOptional("aboveThreshold", award.AboveThreshold);
            WriteOrganisationReferences("suppliers", award.SupplierIds, n.Suppliers);
            if (fresh)
            {
                WriteItems("items", n.Lots, award.RelatedLots);
            }

            WriteEndDate("standstillPeriod", award.StandstillEnd);
            WritePeriod("contractPeriod", award.ContractPeriod);
            WriteStrings("relatedLots", award.RelatedLots);
            WriteSubcontracts(award.Subcontracts, n.Suppliers);
            if (noticeHere)
            {
                WriteDocuments("documents", withNotice: true, []);
            }

            WriteOptional("assessmentSummariesDateSent", award.AssessmentSummariesSent);
            WriteOptional("finalStatusDate", award.FinalStatusDate);
            if (award.EstimatedSignatureDate is { } signature)
            {
                w.WriteStartArray("milestones");
                w.WriteStartObject();
                w.WriteString("id", award.SignatureMilestoneId ?? "1");
                w.WriteString("type", "futureSignatureDate");
                w.WriteString("dueDate", signature);
                WriteConvention("status", "scheduled");
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
