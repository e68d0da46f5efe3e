using Notices.Domain.Catalogue;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;

namespace Notices.Domain.Adoption;

/// <summary>
/// Plans the adoption of a procurement from the notices Find a Tender published for it (each read with
/// <c>OcdsReleaseReader</c>): checks they belong to one procurement and are readable, orders them, and
/// works out the obligations still open from the latest of them with the Act's deadline rules.
/// </summary>
public static class ProcurementAdoption
{
    /// <summary>The releases of the notices with these ids, as Find a Tender serves them; refused in words for an id it does not know.</summary>
    public static async Task<IReadOnlyList<string>> FetchReleasesAsync(IFindATenderReleases findATender, IEnumerable<string> noticeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findATender);
        ArgumentNullException.ThrowIfNull(noticeIds);
        var releases = new List<string>();
        foreach (var noticeId in noticeIds)
        {
            if (!FtsNoticeId.IsValid(noticeId))
            {
                throw new AdoptionException($"'{noticeId}' is not a Find a Tender notice id; it should be six digits, a hyphen and the year, such as 029664-2025.");
            }

            releases.Add(await findATender.GetReleasePackageAsync(noticeId, cancellationToken).ConfigureAwait(false)
                ?? throw new AdoptionException($"Find a Tender has no notice {noticeId}; check the notice id."));
        }

        return releases;
    }

    public static AdoptionPlan Plan(IEnumerable<Notice> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        var notices = published.ToList();
        if (notices.Count == 0)
        {
            throw new AdoptionException("Give at least one notice Find a Tender published for the procurement.");
        }

        var unpublished = notices.FirstOrDefault(n => n.Publication is null || n.Ocid is null);
        if (unpublished is not null)
        {
            throw new AdoptionException($"The {unpublished.Type} given has not been published on Find a Tender; a procurement is adopted from its published releases.");
        }

        var ocids = notices.Select(n => n.Ocid!).Distinct(StringComparer.Ordinal).ToList();
        if (ocids.Count > 1)
        {
            throw new AdoptionException($"The notices belong to {ocids.Count} procurements ({string.Join(", ", ocids)}); adopt one procurement at a time.");
        }

        var warnings = new List<ValidationError>();
        foreach (var notice in notices)
        {
            var check = PublishedNoticeCheck.Check(notice);
            if (!check.IsReadable)
            {
                throw new AdoptionException($"{notice.Publication!.NoticeId}: {check.Refusals[0]}");
            }

            warnings.AddRange(check.Warnings.Select(w => w with { Path = $"{notice.Publication!.NoticeId} {w.Path}" }));
        }

        // The same notice given twice is one notice; order by publication, as Find a Tender lists them.
        var ordered = notices
            .DistinctBy(n => n.Publication!.NoticeId, StringComparer.Ordinal)
            .OrderBy(n => n.Publication!.Published)
            .ToList();
        var latest = ordered[^1];
        var describing = ordered.LastOrDefault(n => n.Buyer is not null) ?? latest;
        var contract = LatestContract(ordered);
        var awarding = ordered.OfType<AwardStageNotice>().LastOrDefault(n => n.Awards.Count > 0);
        return new AdoptionPlan
        {
            Ocid = ocids[0],
            Buyer = describing.Buyer,
            Title = ordered.LastOrDefault(n => n.Title is not null)?.Title,
            Notices = [.. ordered.Select(n => new AdoptedNotice(
                n.Type,
                NoticeCatalogue.Get(n.Type).Name,
                n.Publication!.NoticeId,
                n.Publication.Published,
                NoticeCatalogue.DraftedByWorkflow.Contains(n.Type)))],
            Awards = awarding?.Awards ?? [],
            Suppliers = awarding?.Suppliers ?? [],
            Contract = contract,
            NextNotices = NextAfter(latest),
            Obligations = OpenObligations.After(ordered, contract),
            Warnings = warnings,
        };
    }

    /// <summary>The contract as last stated: signed in a contract details notice, restated by any change since.</summary>
    private static Contract? LatestContract(IReadOnlyList<Notice> ordered)
    {
        Contract? contract = null;
        foreach (var notice in ordered)
        {
            switch (notice)
            {
                case ContractDetailsNotice { Contracts.Count: > 0 } details:
                    contract = details.Contracts[0];
                    break;
                case ContractChangeNotice { Amendment: { } amendment } change:
                    contract = (contract ?? new Contract { Id = change.ContractId }) with
                    {
                        Value = amendment.Value ?? contract?.Value,
                        Period = amendment.Period ?? contract?.Period,
                    };
                    break;
            }
        }

        return contract;
    }

    /// <summary>The notices the Act has follow each one (a dynamic market's and payment notices stand alone).</summary>
    private static IReadOnlyList<NoticeType> NextAfter(Notice latest) => latest.Type switch
    {
        NoticeType.UK1 or NoticeType.UK2 or NoticeType.UK3 => [NoticeType.UK4, NoticeType.UK5],
        NoticeType.UK4 or NoticeType.UK5 => [NoticeType.UK6, NoticeType.UK12],
        NoticeType.UK6 => [NoticeType.UK7, NoticeType.UK12],
        NoticeType.UK7 or NoticeType.UK9 or NoticeType.UK10 => [NoticeType.UK9, NoticeType.UK10, NoticeType.UK11],
        _ => [],
    };

    internal static bool IsLightTouch(IEnumerable<Notice> notices) =>
        notices.Any(n => n.SpecialRegime == SpecialRegime.LightTouch);
}
