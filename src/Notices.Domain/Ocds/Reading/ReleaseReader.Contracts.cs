using Notices.Domain.Notices;

namespace Notices.Domain.Ocds;

internal sealed partial class ReleaseReader
{
    private ReleaseNode? FirstContract => release.Array("contracts").Select(c => (ReleaseNode?)c).FirstOrDefault();

    private ContractDetailsNotice ReadContractDetails()
    {
        var first = FirstContract;
        return new ContractDetailsNotice
        {
            Contracts = [.. release.Array("contracts").Select(c => new Contract
            {
                Id = c.String("id"),
                AwardId = c.String("awardID"),
                Title = c.String("title"),
                DateSigned = c.Date("dateSigned"),
                Period = ReadPeriod(c.Get("period")),
                Value = ReadMoney(c.Get("value")),
                AboveThreshold = c.Bool("aboveThreshold"),
            })],
            Kpis = [.. (first?.Array("agreedMetrics") ?? []).Select(m => new Kpi { Id = m.String("id"), Title = m.String("title"), Description = m.String("description") })],
            NoKpisRationale = first?.String("noAgreedMetricsRationale"),
        };
    }

    private T ReadContractStage<T>(T notice)
        where T : ContractStageNotice
    {
        ContractStageNotice read = notice with { ContractId = FirstContract?.String("id"), Suppliers = ReadSuppliers() };
        return (T)read;
    }

    private ContractPerformanceNotice ReadPerformance()
    {
        var implementation = FirstContract?.Get("implementation");
        var metrics = implementation?.Array("metrics").ToList() ?? [];
        var observations = metrics.Select(m => m.Array("observations").Select(o => (ReleaseNode?)o).FirstOrDefault()).ToList();
        return new ContractPerformanceNotice
        {
            AssessmentPeriod = observations.Select(o => ReadPeriod(o?.Get("period"))).FirstOrDefault(p => p is not null),
            KpiAssessments = [.. metrics.Select((m, i) => new KpiAssessment
            {
                KpiId = m.String("id"),
                KpiTitle = m.String("title"),
                Rating = ReleaseConventions.KpiRatingFrom(observations[i]?.Get("measureClassification")?.String("id")),
                Comment = observations[i]?.String("notes"),
            })],
            Breach = ReadBreach(implementation),
        };
    }

    private ContractChangeNotice ReadChange()
    {
        var amendment = FirstContract?.Array("amendments").Select(a => (ReleaseNode?)a).FirstOrDefault();
        if (amendment is not { } a)
        {
            return new ContractChangeNotice();
        }

        return new ContractChangeNotice
        {
            Amendment = new ContractAmendment
            {
                Id = a.String("id"),
                Date = a.Date("date"),
                Rationale = a.String("rationale"),
                Description = a.String("description"),
                Ground = KnownCodes<ModificationGround>(a.Array("rationaleClassifications")).Select(g => (ModificationGround?)g).FirstOrDefault(),
                Value = ReadMoney(a.Get("value")),
                Period = ReadPeriod(a.Get("period")),
                VoluntaryStandstill = a.Bool("standstill") ?? false,
                SuppliersAdded = PartyIds(a, "suppliersAdded"),
                SuppliersRemoved = PartyIds(a, "suppliersRemoved"),
            },
        };
    }

    private ContractTerminationNotice ReadTermination()
    {
        var contract = FirstContract;
        var implementation = contract?.Get("implementation");
        var reasons = KnownCodes<TerminationReason>((contract?.Array("terminationRationaleClassifications") ?? [])
            .Concat(contract?.Get("terminationRationaleClassification") is { } single ? [single] : []));
        return new ContractTerminationNotice
        {
            TerminationDate = implementation?.Date("endDate"),
            Reasons = [.. reasons],
            Rationale = implementation?.String("endDateDetails"),
            FinalValue = ReadMoney(implementation?.Get("finalValue")),
            Breach = ReadBreach(implementation),
        };
    }

    /// <summary>
    /// The codes of a list of classifications that this model knows, whatever scheme names them: Find a
    /// Tender does not publish its scheme names for these, and a code the model does not know stays in the
    /// published release (and reading it warns) rather than being refused.
    /// </summary>
    private static IEnumerable<TEnum> KnownCodes<TEnum>(IEnumerable<ReleaseNode> classifications)
        where TEnum : struct, Enum =>
        classifications
            .Select(c => c.String("id") is { } id && EnumCodes<TEnum>.TryParse(id, out var value) ? (TEnum?)value : null)
            .OfType<TEnum>();

    private static PerformanceBreach? ReadBreach(ReleaseNode? implementation)
    {
        var failure = implementation?.Array("performanceFailures").Select(f => (ReleaseNode?)f).FirstOrDefault();
        return failure is { } f
            ? new PerformanceBreach
            {
                Requirement = f.String("requirement"),
                Description = f.String("description"),
                PenaltyDate = f.Date("penaltyDate"),
                Damages = ReadMoney(f.Get("penaltyValue")),
            }
            : null;
    }
}
