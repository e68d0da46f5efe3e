using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

internal sealed partial class ReleaseReader
{
    private T ReadProcurement<T>(T notice)
        where T : ProcurementNotice
    {
        ProcurementNotice read = notice with
        {
            EstimatedValue = ReadMoney(tender.Get("value")),
            AboveThreshold = tender.Bool("aboveThreshold"),
            Procedure = ReleaseConventions.ProcedureFrom(tender.String("procurementMethod"), tender.String("procurementMethodDetails")),
            Lots = ReadLots(),
        };
        return (T)read;
    }

    private MarketEngagementNotice ReadMarketEngagement()
    {
        var milestone = release.Get("planning")?.Array("milestones").FirstOrDefault(m => m.String("type") == "engagement");
        return milestone is { Element.ValueKind: not default(System.Text.Json.JsonValueKind) } engagement
            ? new MarketEngagementNotice { EngagementEndDate = engagement.Date("dueDate"), EngagementDescription = engagement.String("description") }
            : new MarketEngagementNotice();
    }

    private TenderNotice ReadTender() => new()
    {
        TenderDeadline = tender.Get("tenderPeriod")?.Date("endDate"),
        EnquiryDeadline = tender.Get("enquiryPeriod")?.Date("endDate"),
        ParticipationDeadline = tender.Date("expressionOfInterestDeadline"),
        EstimatedAwardDate = tender.Get("awardPeriod")?.Date("endDate"),
        SubmissionDetails = tender.String("submissionMethodDetails"),
        ElectronicSubmission = tender.Get("submissionTerms")?.Code<ElectronicSubmission>("electronicSubmissionPolicy"),
        SubmissionLanguages = tender.Get("submissionTerms")?.Strings("languages") ?? [],
        NoLotsRationale = tender.Get("lotDetails")?.String("noLotsDivisionRationale"),
    };

    private List<Lot> ReadLots()
    {
        // Find a Tender lists each lot's CPV codes and places in items related to the lot: under the
        // tender for planning and tender notices, under the awards for award and contract notices.
        var items = tender.Array("items").ToList();
        if (items.Count == 0)
        {
            items = [.. release.Array("awards").SelectMany(a => a.Array("items"))];
        }

        var lots = new List<Lot>();
        foreach (var lot in tender.Array("lots"))
        {
            var id = lot.String("id");
            var related = items.Where(i => i.String("relatedLot") == id).ToList();
            var suitability = lot.Get("suitability");
            lots.Add(new Lot
            {
                Id = id,
                Title = lot.String("title"),
                Description = lot.String("description"),
                Value = ReadMoney(lot.Get("value")),
                Classifications = DistinctBy(related.SelectMany(i => i.Array("additionalClassifications")).Select(ReadClassification), c => (c.Scheme, c.Id)),
                DeliveryRegions = DistinctBy(related.SelectMany(i => i.Array("deliveryAddresses")).Select(a => a.String("region")).OfType<string>(), r => r),
                ContractPeriod = ReadPeriod(lot.Get("contractPeriod")),
                AwardCriteria = [.. (lot.Get("awardCriteria")?.Array("criteria") ?? []).Select(ReadCriterion)],
                SuitableForSme = suitability?.Bool("sme"),
                SuitableForVcse = suitability?.Bool("vcse"),
                Status = lot.Code<LotStatus>("status"),
                Options = lot.Get("options")?.String("description"),
                Renewal = lot.Get("renewal")?.String("description"),
            });
        }

        return lots;
    }

    private static AwardCriterion ReadCriterion(ReleaseNode criterion) => new()
    {
        Type = criterion.Code<AwardCriterionType>("type") ?? AwardCriterionType.Quality,
        Name = criterion.String("name"),
        Description = criterion.String("description"),
        Weight = criterion.Array("numbers").Select(n => n.Number("number")).FirstOrDefault(),
    };

    private static Classification ReadClassification(ReleaseNode classification) => new()
    {
        Scheme = classification.String("scheme") ?? Classification.Cpv,
        Id = classification.String("id"),
        Description = classification.String("description"),
    };

    private static Money? ReadMoney(ReleaseNode? value) => value is { } v
        ? new Money { Amount = v.Number("amount"), AmountGross = v.Number("amountGross"), Currency = v.String("currency") ?? Money.PoundSterling }
        : null;

    private static DatePeriod? ReadPeriod(ReleaseNode? period) => period is { } p
        ? new DatePeriod { StartDate = p.Date("startDate"), EndDate = p.Date("endDate"), MaxExtentDate = p.Date("maxExtentDate") }
        : null;

    private static List<T> DistinctBy<T, TKey>(IEnumerable<T> values, Func<T, TKey> key) => [.. values.DistinctBy(key)];
}
