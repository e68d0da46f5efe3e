using Notices.Domain.Notices;
using Notices.Domain.Thresholds;
using Notices.Domain.Time;

namespace Notices.Domain.Adoption;

/// <summary>
/// What the Act still asks of the authority after the latest notice published, dated with the deadline
/// rules in <see cref="Deadlines"/>. A date counted from an estimate the notices give (the expected
/// signature, the contract's planned end) is marked estimated: the workflow recounts it from the event.
/// </summary>
internal static class OpenObligations
{
    public static IReadOnlyList<OpenObligation> After(IReadOnlyList<Notice> ordered, Contract? contract)
    {
        var latest = ordered[^1];
        var lightTouch = ProcurementAdoption.IsLightTouch(ordered);
        var open = latest switch
        {
            PipelineNotice n => BeforeTender(n.EstimatedTenderNoticeDate),
            PlannedProcurementNotice n => BeforeTender(n.EstimatedTenderNoticeDate),
            MarketEngagementNotice => BeforeTender(null),
            TenderNotice or TransparencyNotice =>
            [
                new("Contract award notice (UK6) before the contract is entered into, or a procurement termination notice (UK12) if it will not be awarded", "s.50, s.55", null),
            ],
            ContractAwardNotice n => AfterAward(n, lightTouch),
            ContractDetailsNotice or ContractPerformanceNotice or ContractChangeNotice => DuringContract(ordered, contract, lightTouch),
            _ => [],
        };
        return [.. open.OrderBy(o => o.Due ?? DateOnly.MaxValue)];
    }

    private static List<OpenObligation> BeforeTender(DateTimeOffset? estimatedTenderNotice) =>
    [
        new("Tender notice (UK4), or a transparency notice (UK5) for a direct award, to start the procurement", "s.21, s.44",
            estimatedTenderNotice is { } date ? UkTime.DateOf(date) : null, Estimated: estimatedTenderNotice is not null),
    ];

    private static List<OpenObligation> AfterAward(ContractAwardNotice n, bool lightTouch)
    {
        var open = new List<OpenObligation>();
        var published = UkTime.DateOf(n.Publication!.Published);
        var pending = n.Awards.Where(a => a.Status == AwardStatus.Pending).ToList();
        if (pending.Count > 0)
        {
            // The standstill the notice states, or failing that the one the Act sets from its publication.
            var lastDay = pending.Select(a => a.StandstillEnd).OfType<DateTimeOffset>().Select(UkTime.DateOf).DefaultIfEmpty(Deadlines.Standstill(published).LastDay).Max();
            open.Add(new("Do not enter into the contract until the standstill period has ended", "s.51", lastDay));
        }

        // The contract details notice runs from the day the contract is entered into; until then, from the
        // signature date the award notice expects.
        var signatures = n.Awards.Select(a => a.EstimatedSignatureDate).OfType<DateTimeOffset>().ToList();
        DateOnly? entered = signatures.Count > 0 ? DayAsPublished(signatures.Min()) : null;
        open.Add(new("Contract details notice (UK7) within 30 days (120 for light touch) beginning with the day the contract is entered into", "s.53(1)",
            entered is { } expected ? Deadlines.ContractDetailsNoticeDue(expected, lightTouch) : null, Estimated: entered is not null));
        if (n.Awards.Any(a => a.Value?.AmountGross is { } gross && MoneyTriggers.NeedsContractCopyPublished(gross)))
        {
            open.Add(new($"Copy of the contract (worth more than {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords}) within 90 days (180 for light touch) beginning with the day it is entered into", "s.53(3)",
                entered is { } expectedEntry ? Deadlines.ContractCopyDue(expectedEntry, lightTouch) : null, Estimated: entered is not null));
        }

        return open;
    }

    private static List<OpenObligation> DuringContract(IReadOnlyList<Notice> ordered, Contract? contract, bool lightTouch)
    {
        var open = new List<OpenObligation>();
        var overFiveMillion = contract?.Value?.AmountGross is { } gross && MoneyTriggers.NeedsContractCopyPublished(gross);
        if (ordered[^1] is ContractDetailsNotice && contract?.DateSigned is { } signed && overFiveMillion)
        {
            var day = DayAsPublished(signed);
            open.Add(new($"Copy of the contract (worth more than {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords}), unless already published", "s.53(3)", Deadlines.ContractCopyDue(day, lightTouch)));
            if (!lightTouch && ordered.OfType<ContractDetailsNotice>().Any(d => d.Kpis.Count > 0))
            {
                // KPIs are assessed at least once in every 12 months of the contract.
                open.Add(new("Contract performance notice (UK9) assessing the KPIs, at least once in every 12 months", "s.71(2)", day.AddYears(1).AddDays(-1)));
            }
        }

        if (ordered[^1] is ContractChangeNotice { Amendment.Date: { } modified } && overFiveMillion)
        {
            open.Add(new($"Copy of the modified contract, or of the modification (contract worth more than {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords})", "s.77", Deadlines.ModifiedContractCopyDue(DayAsPublished(modified)), Estimated: true));
        }

        var end = contract?.Period?.EndDate;
        open.Add(new("Contract termination notice (UK11) within 30 days beginning with the day the contract ends", "s.80",
            end is { } ends ? Deadlines.TerminationNoticeDue(DayAsPublished(ends)) : null, Estimated: end is not null));
        return open;
    }

    /// <summary>
    /// The day a date the buyer entered falls on, as the release writes it. Find a Tender writes such dates
    /// at the start or end of the day in whatever offset it chose (<c>2026-09-20T23:59:59Z</c>), so the day
    /// is the one written, not the UK day that instant falls in (the 21st, in summer time).
    /// </summary>
    private static DateOnly DayAsPublished(DateTimeOffset date) => DateOnly.FromDateTime(date.DateTime);
}
