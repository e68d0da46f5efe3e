namespace Notices.Domain.Notices;

/// <summary>
/// A notice that describes what is to be bought (reg 14): the estimated value, the lots with their CPV
/// codes and delivery regions, whether it is above threshold, and the procedure.
/// </summary>
public abstract record ProcurementNotice : Notice
{
    public Money? EstimatedValue { get; init; }
    public IReadOnlyList<Lot> Lots { get => field ?? []; init; }
    public bool? AboveThreshold { get; init; }
    public Procedure? Procedure { get; init; }
}
