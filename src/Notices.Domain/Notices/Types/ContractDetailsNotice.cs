using System.Text.Json.Serialization;

namespace Notices.Domain.Notices;

/// <summary>
/// UK7 contract details notice (s.53, regs 32-36), within 30 days beginning with the day the contract is
/// entered into (120 for light touch): the contract's date, term and value, and for a contract over
/// £5 million the three KPIs considered most material, or why KPIs are not suitable.
/// </summary>
public sealed record ContractDetailsNotice : AwardStageNotice
{
    [JsonIgnore]
    public override NoticeType Type => NoticeType.UK7;

    public IReadOnlyList<Contract> Contracts { get => field ?? []; init; }
    public IReadOnlyList<Kpi> Kpis { get => field ?? []; init; }
    public string? NoKpisRationale { get; init; }
}
