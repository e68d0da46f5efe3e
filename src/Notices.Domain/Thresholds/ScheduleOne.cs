using System.Collections.ObjectModel;
using System.Globalization;

namespace Notices.Domain.Thresholds;

/// <summary>One row of the table in Schedule 1, paragraph 1: the type of contract, in the Act's words.</summary>
public sealed record ScheduleOneRow(int Number, string TypeOfContract);

/// <summary>The threshold amounts in force for procurements commenced within a span of dates.</summary>
public sealed record ThresholdTable(DateOnly InForceFrom, DateOnly? InForceUntil, string MadeBy, IReadOnlyDictionary<int, decimal> Amounts);

/// <summary>The threshold that applies to one contract: its row, the amount (VAT included) and the table it comes from.</summary>
public sealed record Threshold(ScheduleOneRow Row, decimal Amount, ThresholdTable Table);

/// <summary>
/// Schedule 1 to the Procurement Act 2023: threshold amounts, VAT included. The table that applies
/// is the one in force on the day the procurement commenced. Values are those for contracts other
/// than those regulated by the Welsh Ministers, who set their own.
/// </summary>
public static class ScheduleOne
{
    /// <summary>The Act applies to procurements commenced on or after 24 February 2025.</summary>
    public static readonly DateOnly ActInForce = new(2025, 2, 24);

    public static IReadOnlyList<ScheduleOneRow> Rows { get; } =
    [
        new(1, "Defence and security contract that is a works contract"),
        new(2, "Defence and security contract that is a concession contract"),
        new(3, "Defence and security contract not within row 1, 2 or 8"),
        new(4, "Utilities contract that is a works contract"),
        new(5, "Utilities contract that is a light touch contract"),
        new(6, "Utilities contract not within row 3, 4 or 5"),
        new(7, "Light touch contract that is a concession contract"),
        new(8, "Light touch contract not within row 5 or 7"),
        new(9, "Concession contract not within row 2, 6 or 7"),
        new(10, "Works contract not within row 1, 4 or 9"),
        new(11, "Contract for the supply of goods, services or works to a central government authority not within any other row"),
        new(12, "Contract for the supply of goods, services or works to a sub-central government authority not within any other row"),
    ];

    public static IReadOnlyList<ThresholdTable> Tables { get; } =
    [
        new(ActInForce, new DateOnly(2025, 12, 31),
            "Procurement Act 2023 as in force on 24 February 2025 (thresholds of PPN 11/23)",
            Amounts(5_372_609, 5_372_609, 429_809, 5_372_609, 884_720, 429_809, 5_372_609, 663_540, 5_372_609, 5_372_609, 139_688, 214_904)),
        new(new DateOnly(2026, 1, 1), null,
            "Procurement Act 2023 (Threshold Amounts) (Amendment) Regulations 2025 (SI 2025/1200)",
            Amounts(5_193_000, 5_193_000, 415_440, 5_193_000, 884_720, 415_440, 5_372_609, 663_540, 5_193_000, 5_193_000, 135_018, 207_720)),
    ];

    /// <summary>The table in force for a procurement commenced on <paramref name="procurementCommenced"/>.</summary>
    public static ThresholdTable TableFor(DateOnly procurementCommenced)
    {
        if (procurementCommenced < ActInForce)
            throw new ArgumentOutOfRangeException(nameof(procurementCommenced), procurementCommenced,
                $"A procurement commenced on {procurementCommenced.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} is not under the Procurement Act 2023, " +
                "which applies to procurements commenced on or after 24 February 2025; the earlier regulations (such as the Public Contracts Regulations 2015) apply to it.");
        return Tables.Last(t => t.InForceFrom <= procurementCommenced);
    }

    /// <summary>The threshold for a contract of <paramref name="category"/> in a procurement commenced on <paramref name="procurementCommenced"/>.</summary>
    public static Threshold For(DateOnly procurementCommenced, ContractCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var table = TableFor(procurementCommenced);
        var row = RowFor(category);
        return new Threshold(row, table.Amounts[row.Number], table);
    }

    /// <summary>
    /// The row whose words describe the contract. Where a contract fits more than one row (a
    /// defence and security works concession), the first such row is taken.
    /// </summary>
    public static ScheduleOneRow RowFor(ContractCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var number = Enumerable.Range(1, 12).First(n => IsWithin(n, category));
        return Rows[number - 1];
    }

    private static bool IsWithin(int row, ContractCategory c) => row switch
    {
        1 => c.DefenceAndSecurity && c.Works,
        2 => c.DefenceAndSecurity && c.Concession,
        3 => c.DefenceAndSecurity && !IsWithin(1, c) && !IsWithin(2, c) && !IsWithin(8, c),
        4 => c.Utilities && c.Works,
        5 => c.Utilities && c.LightTouch,
        6 => c.Utilities && !IsWithin(3, c) && !IsWithin(4, c) && !IsWithin(5, c),
        7 => c.LightTouch && c.Concession,
        8 => c.LightTouch && !IsWithin(5, c) && !IsWithin(7, c),
        9 => c.Concession && !IsWithin(2, c) && !IsWithin(6, c) && !IsWithin(7, c),
        10 => c.Works && !IsWithin(1, c) && !IsWithin(4, c) && !IsWithin(9, c),
        11 => c.Authority == Procurement.AuthorityType.CentralGovernment,
        12 => c.Authority != Procurement.AuthorityType.CentralGovernment,
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, "Schedule 1 has rows 1 to 12."),
    };

    private static ReadOnlyDictionary<int, decimal> Amounts(params decimal[] byRow) =>
        byRow.Select((amount, i) => (Row: i + 1, amount)).ToDictionary(r => r.Row, r => r.amount).AsReadOnly();
}
