using Procedure = Notices.Domain.Notices.Procedure;
using System.Collections.Immutable;
using Notices.Domain.Procurement;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;

namespace Notices.Workflow.State;

/// <summary>
/// What is known about a procurement, folded from its events. A union: <see cref="Unregistered"/> before
/// the first event, <see cref="Registered"/> after. <see cref="HandledCommands"/> holds every command id
/// already decided, so a repeated command has no second effect.
/// </summary>
public abstract record ProcurementState(ImmutableHashSet<string> HandledCommands)
{
    public static ProcurementState Initial { get; } = new Unregistered(ImmutableHashSet<string>.Empty);
}

/// <summary>No procurement has been registered with this id.</summary>
public sealed record Unregistered(ImmutableHashSet<string> HandledCommands) : ProcurementState(HandledCommands);

/// <summary>A registered procurement, at some phase of its life.</summary>
public sealed record Registered(
    ImmutableHashSet<string> HandledCommands,
    ProcurementDetails Details,
    Phase Phase,
    ImmutableSortedDictionary<string, NoticeState> Notices,
    Award? Award,
    StandstillPeriodRecord? Standstill,
    Contract? Contract,
    ImmutableSortedDictionary<string, Obligation> Obligations,
    ImmutableSortedDictionary<string, FailedWork> Failures,
    string? Ocid) : ProcurementState(HandledCommands)
{
    public bool IsLightTouch => Details.Regime == SpecialRegime.LightTouch;

    /// <summary>
    /// The mandatory standstill (s.51) applies unless the contract is a light touch contract, for which a
    /// standstill is voluntary.
    /// </summary>
    public bool StandstillApplies => !IsLightTouch;

    public IEnumerable<NoticeState> NoticesOfType(Domain.Notices.NoticeType type) =>
        Notices.Values.Where(n => n.Type == type);

    /// <summary>The contract copies due or made, by key (<see cref="ContractCopies.ContractCopyKeys"/>).</summary>
    public ImmutableSortedDictionary<string, ContractCopyState> ContractCopies { get; init; } =
        ImmutableSortedDictionary<string, ContractCopyState>.Empty;
}

/// <summary>Where a procurement is in its life.</summary>
public enum Phase
{
    /// <summary>Registered; pipeline, preliminary market engagement and planned procurement notices.</summary>
    Planning,

    /// <summary>The tender or transparency notice is published; the award decision is next.</summary>
    Tendering,

    /// <summary>The award decision is recorded; the contract award notice is next.</summary>
    Awarded,

    /// <summary>The contract award notice is published and the standstill period is running.</summary>
    Standstill,

    /// <summary>The contract may now be entered into.</summary>
    ReadyToContract,

    /// <summary>The contract is in force.</summary>
    Contracted,

    /// <summary>The contract has ended; the termination notice remains.</summary>
    ContractEnded,

    /// <summary>The procurement was terminated before a contract was entered into.</summary>
    Terminated,
}

public sealed record ProcurementDetails(
    string BuyerId,
    string BuyerName,
    string Title,
    decimal EstimatedValue,
    Procedure Procedure,
    ContractNature Nature,
    SpecialRegime Regime,
    IReadOnlyList<Lot> Lots,
    DateTimeOffset RegisteredAt,
    Actor RegisteredBy);

public sealed record Award(IReadOnlyList<AwardedSupplier> Suppliers, decimal Value, DateOnly DecidedOn);

public sealed record StandstillPeriodRecord(DateOnly FirstDay, DateOnly LastDay, DateTimeOffset EndsAt, bool Ended);

public sealed record Contract(
    DateOnly EnteredOn, decimal Value, DateOnly StartsOn, DateOnly EndsOn, int Changes, DateOnly? EndedOn);

public sealed record Obligation(string Id, ObligationKind Kind, DateOnly DueOn, ObligationStatus Status, bool Reminded);

public enum ObligationStatus
{
    Open,
    Overdue,
    Met,
    Withdrawn,
}

public sealed record FailedWork(Events.WorkItem Work, string Error, DateTimeOffset FailedAt);
