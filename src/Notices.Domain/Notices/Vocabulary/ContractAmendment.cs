namespace Notices.Domain.Notices;

/// <summary>
/// A modification to a contract (UK10, reg 40): the Schedule 8 ground relied on, the changed value
/// and term, suppliers joining or leaving, and any voluntary standstill (s.76).
/// </summary>
public sealed record ContractAmendment
{
    public string? Id { get; init; }

    /// <summary>The date the modification is expected to be made.</summary>
    public DateTimeOffset? Date { get; init; }

    public ModificationGround? Ground { get; init; }
    public string? Rationale { get; init; }
    public string? Description { get; init; }

    /// <summary>The total value of the contract as modified.</summary>
    public Money? Value { get; init; }

    /// <summary>The term of the contract as modified.</summary>
    public DatePeriod? Period { get; init; }

    public bool VoluntaryStandstill { get; init; }

    /// <summary>End of the voluntary standstill: at least eight working days from publication.</summary>
    public DateTimeOffset? StandstillEnd { get; init; }

    public IReadOnlyList<string> SuppliersAdded { get; init; } = [];
    public IReadOnlyList<string> SuppliersRemoved { get; init; } = [];
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
