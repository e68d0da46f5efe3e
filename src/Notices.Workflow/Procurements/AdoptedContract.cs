namespace Notices.Workflow.Procurements;

/// <summary>
/// The contract as the published notices last state it: entered into on <paramref name="EnteredOn"/>, worth
/// <paramref name="Value"/> (pounds including VAT, as changed by any contract change notice), running from
/// <paramref name="StartsOn"/> to <paramref name="EndsOn"/>; <paramref name="EndedOn"/> is the day a published
/// contract termination notice says it ended.
/// </summary>
public sealed record AdoptedContract(DateOnly EnteredOn, decimal Value, DateOnly StartsOn, DateOnly EndsOn, DateOnly? EndedOn = null);
