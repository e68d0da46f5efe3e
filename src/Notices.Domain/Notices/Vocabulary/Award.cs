namespace Notices.Domain.Notices;

/// <summary>
/// An award decision for one or more lots to one or more suppliers (UK5, UK6, UK7), with the
/// standstill period of s.51 and the estimated signature date.
/// </summary>
public sealed record Award
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public AwardStatus Status { get; init; } = AwardStatus.Pending;

    /// <summary>Date of the award decision.</summary>
    public DateTimeOffset? Date { get; init; }

    public Money? Value { get; init; }

    /// <summary>Party ids of the suppliers, each one listed in the notice's suppliers.</summary>
    public IReadOnlyList<string> SupplierIds { get => field ?? []; init; }

    public IReadOnlyList<string> RelatedLots { get => field ?? []; init; }
    public DatePeriod? ContractPeriod { get; init; }
    public bool? AboveThreshold { get; init; }

    /// <summary>The end of the standstill period: 23:59:59 UK time on its eighth working day.</summary>
    public DateTimeOffset? StandstillEnd { get; init; }

    /// <summary>When the assessment summaries were sent to the tenderers (s.50(3)).</summary>
    public DateTimeOffset? AssessmentSummariesSent { get; init; }

    /// <summary>The earliest date the contract is expected to be entered into.</summary>
    public DateTimeOffset? EstimatedSignatureDate { get; init; }

    /// <summary>The id of the signature milestone as published; Find a Tender numbers it 1.</summary>
    public string? SignatureMilestoneId { get; init; }

    /// <summary>When the award became final: cancelled by a procurement termination notice, for example.</summary>
    public DateTimeOffset? FinalStatusDate { get; init; }

    /// <summary>Subcontracting the suppliers have disclosed.</summary>
    public IReadOnlyList<Subcontract> Subcontracts { get => field ?? []; init; }
}
