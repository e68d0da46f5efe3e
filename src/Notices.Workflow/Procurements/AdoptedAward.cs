namespace Notices.Workflow.Procurements;

/// <summary>
/// The award as the published notices announce it: the suppliers of the awards still standing, their value added
/// up (pounds including VAT), the day of the award decision and, where the contract award notice states one, the
/// last day of its standstill period.
/// </summary>
public sealed record AdoptedAward(IReadOnlyList<AwardedSupplier> Suppliers, decimal Value, DateOnly DecidedOn, DateOnly? StandstillLastDay);
