namespace Notices.Domain.Notices;

/// <summary>
/// A modification to a contract (UK10, reg 40): the Schedule 8 ground relied on, the changed value
/// and term, suppliers joining or leaving, and any voluntary standstill (s.76).
/// </summary>
public sealed record ContractAmendment
{
    public string? Id { get; init; }

    /// <summary>
    /// The date the modification is expected to be made. With a voluntary standstill, the time from
    /// publication to this date is the standstill, as Find a Tender's <c>amendments[].standstill</c> says.
    /// </summary>
    public DateTimeOffset? Date { get; init; }

    public ModificationGround? Ground { get; init; }
    public string? Rationale { get; init; }
    public string? Description { get; init; }

    /// <summary>The total value of the contract as modified.</summary>
    public Money? Value { get; init; }

    /// <summary>The term of the contract as modified.</summary>
    public DatePeriod? Period { get; init; }

    /// <summary>Whether the authority observes a voluntary standstill of at least eight working days (s.76).</summary>
    public bool VoluntaryStandstill { get; init; }

    public IReadOnlyList<string> SuppliersAdded { get => field ?? []; init; }
    public IReadOnlyList<string> SuppliersRemoved { get => field ?? []; init; }
}

/// <summary>The grounds of Schedule 8 (permitted modifications) a contract change notice relies on.</summary>
public enum ModificationGround
{
    ProvidedForInContract,
    UrgencyOrProtectingLife,
    UnforeseeableCircumstances,
    MaterialisedKnownRisk,
    AdditionalGoodsServicesOrWorks,
    CorporateRestructuring,
    BelowThresholdChange,
    Other,
}
