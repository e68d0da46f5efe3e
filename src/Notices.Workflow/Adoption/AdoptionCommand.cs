using Notices.Domain.Adoption;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;
using Notices.Domain.Procurement;
using Notices.Domain.Time;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Contract = Notices.Domain.Notices.Contract;
using Lot = Notices.Workflow.Procurements.Lot;

namespace Notices.Workflow.Adoption;

/// <summary>
/// Builds the command that adopts a procurement from the releases Find a Tender published for it. The domain's
/// <see cref="ProcurementAdoption"/> checks that they are one procurement's readable notices and plans it; this
/// takes from the plan and the notices what the workflow keeps. Throws <see cref="AdoptionException"/> (or
/// <see cref="NoticeFormatException"/> for a file that is not a release) with the reason in words.
/// </summary>
public static class AdoptionCommand
{
    public static AdoptProcurement FromReleases(DecisionContext context, IEnumerable<string> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        return FromNotices(context, [.. releases.Select(OcdsReleaseReader.Read)]);
    }

    public static async Task<AdoptProcurement> FromFindATenderAsync(
        DecisionContext context, IFindATenderReleases findATender, IEnumerable<string> noticeIds, CancellationToken cancellationToken) =>
        FromReleases(context, await ProcurementAdoption.FetchReleasesAsync(findATender, noticeIds, cancellationToken).ConfigureAwait(false));

    public static AdoptProcurement FromNotices(DecisionContext context, IReadOnlyList<Notice> notices)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = ProcurementAdoption.Plan(notices);

        // The plan has dropped repeats and ordered them by publication; the notices themselves follow the same order.
        var ordered = plan.Notices.Select(a => notices.First(n => n.Publication!.NoticeId == a.NoticeId)).ToList();
        var describing = ordered.OfType<ProcurementNotice>().ToList();
        var award = Award(plan, ordered);
        var contract = AdoptedContractOf(plan.Contract, ordered);
        return new AdoptProcurement(
            context,
            plan.Ocid,
            plan.Buyer?.Identifier?.PartyId ?? "",
            plan.Buyer?.Name ?? "",
            plan.Title ?? "",
            EstimatedValue(describing, award, contract),
            ProcedureOf(ordered),
            ordered.LastOrDefault(n => n.Nature is not null)?.Nature,
            ordered.LastOrDefault(n => n.SpecialRegime != SpecialRegime.None)?.SpecialRegime ?? SpecialRegime.None,
            LotsOf(describing),
            [.. ordered.Select(n => new AdoptedPublication(n.Type, n.Publication!.NoticeId, n.Publication.Published, NoticeJson.Serialize(n)))],
            award,
            contract);
    }

    /// <summary>
    /// The procedure the latest notice states. Find a Tender publishes some notices without one; once a tender or
    /// transparency notice has been published the procedure only tells a direct award from a competition, which the
    /// notices published then show.
    /// </summary>
    private static Procedure? ProcedureOf(IReadOnlyList<Notice> ordered) =>
        ordered.OfType<ProcurementNotice>().LastOrDefault(n => n.Procedure is not null)?.Procedure
        ?? (ordered.Any(n => n.Type == NoticeType.UK5) ? Procedure.DirectAward
            : ordered.Any(n => n.Type is >= NoticeType.UK4 and <= NoticeType.UK12) ? Procedure.Open
            : null);

    private static AdoptedAward? Award(AdoptionPlan plan, IReadOnlyList<Notice> ordered)
    {
        var standing = plan.Awards.Where(a => a.Status is AwardStatus.Pending or AwardStatus.Active).ToList();
        if (standing.Count == 0)
        {
            return null;
        }

        var suppliers = standing.SelectMany(a => a.SupplierIds).Distinct(StringComparer.Ordinal)
            .Select(id => new AwardedSupplier(plan.Suppliers.FirstOrDefault(s => s.Identifier?.PartyId == id)?.Name ?? "", id))
            .ToList();
        var value = standing.Sum(a => Gross(a.Value) ?? 0m);
        if (value == 0m && Gross(plan.Contract?.Value) is { } contractValue)
        {
            // A contract details notice may state the value on its contract rather than on the award.
            value = contractValue;
        }

        var awarding = ordered.OfType<AwardStageNotice>().Last(n => n.Awards.Count > 0);
        var decided = standing.Select(a => a.Date).OfType<DateTimeOffset>().DefaultIfEmpty(awarding.Publication!.Published).Min();
        var standstill = standing.Where(a => a.Status == AwardStatus.Pending).Select(a => a.StandstillEnd).OfType<DateTimeOffset>().ToList();
        return new AdoptedAward(suppliers, value, UkTime.DateOf(decided), standstill.Count > 0 ? UkTime.DateOf(standstill.Max()) : null);
    }

    private static AdoptedContract? AdoptedContractOf(Contract? contract, IReadOnlyList<Notice> ordered)
    {
        if (contract is not { DateSigned: { } signed, Period.EndDate: { } ends })
        {
            return null;
        }

        var termination = ordered.OfType<ContractTerminationNotice>().LastOrDefault();
        DateOnly? ended = termination is null ? null : DayAsPublished(termination.TerminationDate ?? termination.Publication!.Published);
        return new AdoptedContract(
            DayAsPublished(signed), Gross(contract.Value) ?? 0m, DayAsPublished(contract.Period.StartDate ?? signed), DayAsPublished(ends), ended);
    }

    /// <summary>The procurement's estimate as last published; failing that its lots', award's or contract's value.</summary>
    private static decimal EstimatedValue(IReadOnlyList<ProcurementNotice> describing, AdoptedAward? award, AdoptedContract? contract)
    {
        if (describing.Select(n => Gross(n.EstimatedValue)).LastOrDefault(v => v > 0) is { } estimate)
        {
            return estimate;
        }

        var lots = describing.Select(n => n.Lots.Sum(l => Gross(l.Value) ?? 0m)).LastOrDefault(v => v > 0);
        return lots > 0 ? lots : award?.Value ?? contract?.Value ?? 0m;
    }

    private static List<Lot> LotsOf(IReadOnlyList<ProcurementNotice> describing)
    {
        var lots = describing.LastOrDefault(n => n.Lots.Count > 0)?.Lots ?? [];
        return [.. lots.Select((lot, i) => new Lot(
            int.TryParse(lot.Id, out var number) ? number : i + 1,
            lot.Title ?? $"Lot {lot.Id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            Gross(lot.Value) ?? 0m))];
    }

    /// <summary>Pounds including VAT where the notice gives them, else the amount it gives.</summary>
    private static decimal? Gross(Money? money) => money?.AmountGross ?? money?.Amount;

    /// <summary>
    /// The day a date the buyer entered falls on, as the release writes it: Find a Tender writes such dates at the
    /// start or end of the day in whatever offset it chose (<c>2026-09-20T23:59:59Z</c>), so the day is the one
    /// written, not the UK day that instant falls in.
    /// </summary>
    private static DateOnly DayAsPublished(DateTimeOffset date) => DateOnly.FromDateTime(date.DateTime);
}
