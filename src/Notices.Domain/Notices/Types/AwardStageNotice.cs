namespace Notices.Domain.Notices;

/// <summary>A notice that names the suppliers chosen and the award decisions (UK5, UK6, UK7).</summary>
public abstract record AwardStageNotice : ProcurementNotice
{
    public IReadOnlyList<Supplier> Suppliers { get => field ?? []; init; }
    public IReadOnlyList<Award> Awards { get => field ?? []; init; }
}
