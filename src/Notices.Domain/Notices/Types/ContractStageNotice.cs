namespace Notices.Domain.Notices;

/// <summary>A notice about a contract already entered into (UK9, UK10, UK11).</summary>
public abstract record ContractStageNotice : Notice
{
    /// <summary>The contract's id as published in its contract details notice.</summary>
    public string? ContractId { get; init; }

    public IReadOnlyList<Supplier> Suppliers { get => field ?? []; init; }
}
