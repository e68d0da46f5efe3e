namespace Notices.Domain.Notices;

/// <summary>
/// Subcontracting known at award (reg 27): who the main contractor is and, as Find a Tender publishes
/// it, the subcontractor's details as free text.
/// </summary>
public sealed record Subcontract
{
    public string? Id { get; init; }
    public string? Description { get; init; }

    /// <summary>Party ids of the suppliers who subcontract, each one of the award's suppliers.</summary>
    public IReadOnlyList<string> MainContractorIds { get => field ?? []; init; }
}
