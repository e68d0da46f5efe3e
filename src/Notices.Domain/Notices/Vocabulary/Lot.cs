namespace Notices.Domain.Notices;

/// <summary>
/// A lot of a procurement (reg 18: title, number, subject matter, value, CPV codes, award criteria,
/// location) with its suitability for SMEs and VCSEs. A procurement without lots has one lot.
/// </summary>
public sealed record Lot
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public Money? Value { get; init; }
    public IReadOnlyList<Classification> Classifications { get => field ?? []; init; }

    /// <summary>ITL codes of where the contract is performed, or <c>UK</c> for the whole country.</summary>
    public IReadOnlyList<string> DeliveryRegions { get => field ?? []; init; }

    public DatePeriod? ContractPeriod { get; init; }
    public IReadOnlyList<AwardCriterion> AwardCriteria { get => field ?? []; init; }
    public bool? SuitableForSme { get; init; }
    public bool? SuitableForVcse { get; init; }

    /// <summary>
    /// The lot's status as published. A notice being drafted is rendered with the status Find a Tender
    /// gives a lot in a notice of its type, so a lot carried over from an earlier notice takes the new one.
    /// </summary>
    public LotStatus? Status { get; init; }

    /// <summary>Options the authority may exercise (more quantity, longer term), described (reg 18).</summary>
    public string? Options { get; init; }

    /// <summary>Renewals the authority may make, described (reg 18).</summary>
    public string? Renewal { get; init; }
}
