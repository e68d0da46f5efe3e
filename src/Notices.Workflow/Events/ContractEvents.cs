using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.Events;

/// <summary>The award decision: to whom, and for how much (pounds including VAT).</summary>
public sealed record AwardDecisionRecorded(
    DecisionContext Context, IReadOnlyList<AwardedSupplier> Suppliers, decimal Value, DateOnly DecidedOn)
    : ProcurementEvent(Context);

/// <summary>
/// The standstill period began with the contract award notice's publication; the contract may be entered
/// into after <paramref name="EndsAt"/>. The dates are recorded as computed at the time.
/// </summary>
public sealed record StandstillStarted(DecisionContext Context, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset EndsAt)
    : ProcurementEvent(Context);

/// <summary>The standstill period ended.</summary>
public sealed record StandstillEnded(DecisionContext Context) : ProcurementEvent(Context);

/// <summary>The contract was entered into.</summary>
public sealed record ContractEntered(
    DecisionContext Context, DateOnly EnteredOn, decimal Value, DateOnly StartsOn, DateOnly EndsOn)
    : ProcurementEvent(Context);

/// <summary>The contract was changed; <paramref name="ChangeNumber"/> counts from 1.</summary>
public sealed record ContractChanged(
    DecisionContext Context, int ChangeNumber, string Description, decimal NewValue, DateOnly EffectiveOn)
    : ProcurementEvent(Context);

/// <summary>The contract ended.</summary>
public sealed record ContractEnded(DecisionContext Context, DateOnly EndedOn, ContractEnding Ending)
    : ProcurementEvent(Context);
