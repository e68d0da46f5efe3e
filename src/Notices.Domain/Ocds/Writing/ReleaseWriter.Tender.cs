using Notices.Domain.Notices;
using Notices.Domain.Procurement;

namespace Notices.Domain.Ocds;

internal sealed partial class ReleaseWriter
{
    private void WritePlanning()
    {
        w.WriteStartObject("planning");
        if (notice is MarketEngagementNotice engagement)
        {
            w.WriteStartArray("milestones");
            w.WriteStartObject();
            w.WriteString("id", "1");
            w.WriteString("type", "engagement");
            WriteOptional("description", engagement.EngagementDescription);
            WriteOptional("dueDate", engagement.EngagementEndDate);
            WriteConvention("status", "scheduled");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        WriteDocuments("documents", withNotice: true, notice.Documents);
        w.WriteEndObject();
    }

    private void WriteTender()
    {
        var procurement = notice as ProcurementNotice;
        w.WriteStartObject("tender");
        w.WriteString("id", notice.Reference ?? context.Ocid);
        if (fresh)
        {
            w.WriteStartObject("legalBasis");
            w.WriteString("id", ReleaseConventions.LegalBasisId);
            w.WriteString("scheme", ReleaseConventions.LegalBasisScheme);
            w.WriteString("uri", ReleaseConventions.LegalBasisUri);
            w.WriteEndObject();
        }

        WriteOptional("title", notice.Title);
        WriteOptional("description", notice.Description);
        WriteConvention("status", ReleaseConventions.TenderStatus(notice.Type));
        if (procurement?.Procedure is { } procedure)
        {
            var (method, details) = ReleaseConventions.ProcurementMethod(procedure);
            w.WriteString("procurementMethod", method);

            // The model reads the procedure from these words; a published release keeps its own.
            WriteConvention("procurementMethodDetails", details);
        }

        WriteOptional("procurementMethodRationale", DirectAwardJustification(notice));
        // Find a Tender states the category on the tender before award and on each award after it.
        var beforeAward = notice.Type is NoticeType.UK1 or NoticeType.UK2 or NoticeType.UK3 or NoticeType.UK4;
        if (beforeAward)
        {
            WriteOptional("mainProcurementCategory", NatureCode(notice.Nature));
        }

        if (notice.SpecialRegime != SpecialRegime.None)
        {
            w.WriteStartArray("specialRegime");
            w.WriteStringValue(EnumCodes<SpecialRegime>.Code(notice.SpecialRegime));
            w.WriteEndArray();
        }

        if (procurement is not null)
        {
            WriteValue("value", procurement.EstimatedValue);
            WriteOptional("aboveThreshold", procurement.AboveThreshold);
            if (beforeAward && fresh)
            {
                // A published notice keeps its own items, which the lots' CPV codes and places summarise.
                WriteItems("items", procurement.Lots, relatedLots: null);
            }

            WriteLots(procurement.Lots);
        }

        WriteTenderDates();
        if (notice is ProcurementTerminationNotice termination)
        {
            WriteOptional("statusDetails", termination.Reason);
            WriteOptional("finalStatusDate", termination.DecisionDate);
            WriteWithdrawnLots(termination.LotIds);
        }

        var noticeHere = notice.Type is NoticeType.UK4 or NoticeType.UK12;
        if (notice.Type is not (NoticeType.UK1 or NoticeType.UK2 or NoticeType.UK3))
        {
            WriteDocuments("documents", noticeHere, notice.Documents);
        }

        w.WriteEndObject();
    }

    private void WriteTenderDates()
    {
        switch (notice)
        {
            case PipelineNotice n:
                WriteFutureNoticeDate(n.EstimatedTenderNoticeDate);
                break;
            case PlannedProcurementNotice n:
                WriteFutureNoticeDate(n.EstimatedTenderNoticeDate);
                WriteEndDate("tenderPeriod", n.EstimatedTenderDeadline);
                WriteEndDate("awardPeriod", n.EstimatedAwardDate);
                break;
            case TenderNotice n:
                WriteEndDate("tenderPeriod", n.TenderDeadline);
                WriteEndDate("enquiryPeriod", n.EnquiryDeadline);
                WriteEndDate("awardPeriod", n.EstimatedAwardDate);
                WriteOptional("expressionOfInterestDeadline", n.ParticipationDeadline);
                WriteOptional("submissionMethodDetails", n.SubmissionDetails);
                WriteSubmissionTerms(n);
                if (n.NoLotsRationale is not null)
                {
                    w.WriteStartObject("lotDetails");
                    w.WriteString("noLotsDivisionRationale", n.NoLotsRationale);
                    w.WriteEndObject();
                }

                break;
        }
    }

    private void WriteSubmissionTerms(TenderNotice n)
    {
        if (n.ElectronicSubmission is null && n.SubmissionLanguages.Count == 0)
        {
            return;
        }

        w.WriteStartObject("submissionTerms");
        if (n.ElectronicSubmission is { } policy)
        {
            w.WriteString("electronicSubmissionPolicy", EnumCodes<ElectronicSubmission>.Code(policy));
        }

        WriteStrings("languages", n.SubmissionLanguages);
        w.WriteEndObject();
    }

    private void WriteFutureNoticeDate(DateTimeOffset? date)
    {
        if (date is { } futureNoticeDate)
        {
            w.WriteStartObject("communication");
            w.WriteString("futureNoticeDate", futureNoticeDate);
            w.WriteEndObject();
        }
    }

    private void WriteLots(IReadOnlyList<Lot> lots)
    {
        if (lots.Count == 0)
        {
            return;
        }

        var status = EnumCodes<LotStatus>.Code(ReleaseConventions.LotStatus(notice.Type));
        w.WriteStartArray("lots");
        foreach (var lot in lots)
        {
            w.WriteStartObject();
            WriteOptional("id", lot.Id);
            WriteOptional("title", lot.Title);
            WriteOptional("description", lot.Description);
            // A notice being drafted puts its lots in the state its type gives them, whatever the notice
            // it was started from said; a published notice keeps the status it was published with.
            if (!fresh && lot.Status is { } published)
            {
                w.WriteString("status", EnumCodes<LotStatus>.Code(published));
            }
            else
            {
                WriteConvention("status", status);
            }

            WriteValue("value", lot.Value);
            WritePeriod("contractPeriod", lot.ContractPeriod);
            WriteDescribed("hasOptions", "options", lot.Options);
            WriteDescribed("hasRenewal", "renewal", lot.Renewal);
            WriteAwardCriteria(lot.AwardCriteria);
            if (lot.SuitableForSme is not null || lot.SuitableForVcse is not null)
            {
                w.WriteStartObject("suitability");
                WriteOptional("sme", lot.SuitableForSme);
                WriteOptional("vcse", lot.SuitableForVcse);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The options and renewal extensions: a flag and an object with the description.</summary>
    private void WriteDescribed(string flag, string name, string? description)
    {
        if (description is null)
        {
            return;
        }

        if (fresh)
        {
            w.WriteBoolean(flag, true);
        }

        w.WriteStartObject(name);
        w.WriteString("description", description);
        w.WriteEndObject();
    }

    private void WriteWithdrawnLots(IReadOnlyList<string> lotIds)
    {
        if (lotIds.Count == 0)
        {
            return;
        }

        w.WriteStartArray("lots");
        foreach (var id in lotIds)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("status", "withdrawn");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void WriteAwardCriteria(IReadOnlyList<AwardCriterion> criteria)
    {
        if (criteria.Count == 0)
        {
            return;
        }

        w.WriteStartObject("awardCriteria");
        w.WriteStartArray("criteria");
        foreach (var criterion in criteria)
        {
            w.WriteStartObject();
            w.WriteString("type", EnumCodes<AwardCriterionType>.Code(criterion.Type));
            WriteOptional("name", criterion.Name);
            WriteOptional("description", criterion.Description);
            if (criterion.Weight is { } weight)
            {
                w.WriteStartArray("numbers");
                w.WriteStartObject();
                w.WriteNumber("number", weight);
                w.WriteString("weight", "percentageExact");
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One item per lot with its CPV codes and delivery regions, as Find a Tender lists them.</summary>
    private void WriteItems(string name, IReadOnlyList<Lot> lots, IReadOnlyList<string>? relatedLots)
    {
        var any = false;
        foreach (var lot in lots)
        {
            if (lot.Id is null || (lot.Classifications.Count == 0 && lot.DeliveryRegions.Count == 0)
                || (relatedLots is not null && !relatedLots.Contains(lot.Id)))
            {
                continue;
            }

            if (!any)
            {
                w.WriteStartArray(name);
                any = true;
            }

            w.WriteStartObject();
            w.WriteString("id", lot.Id);
            if (lot.Classifications.Count > 0)
            {
                w.WriteStartArray("additionalClassifications");
                foreach (var classification in lot.Classifications)
                {
                    WriteClassification(classification.Scheme, classification.Id ?? string.Empty, classification.Description);
                }

                w.WriteEndArray();
            }

            if (lot.DeliveryRegions.Count > 0)
            {
                w.WriteStartArray("deliveryAddresses");
                foreach (var region in lot.DeliveryRegions)
                {
                    w.WriteStartObject();
                    w.WriteString("region", region);
                    w.WriteString("country", "GB");
                    w.WriteString("countryName", ReleaseConventions.CountryName("GB"));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteString("relatedLot", lot.Id);
            w.WriteEndObject();
        }

        if (any)
        {
            w.WriteEndArray();
        }
    }

    private static string? DirectAwardJustification(Notice notice) => notice switch
    {
        TransparencyNotice n => n.DirectAwardJustification,
        ContractAwardNotice n => n.DirectAwardJustification,
        _ => null,
    };
}
