namespace Notices.Domain.Time;

/// <summary>
/// A standstill period: the first and last working day, both UK calendar days. The contract may be
/// entered into from the day after the last day (Find a Tender's <c>futureSignatureDate</c>).
/// </summary>
public sealed record StandstillPeriod(DateOnly FirstDay, DateOnly LastDay)
{
    /// <summary>The end of the last day, 23:59:59 UK time, as Find a Tender publishes <c>standstillPeriod.endDate</c>.</summary>
    public DateTimeOffset EndsAt => UkTime.EndOfDay(LastDay);

    /// <summary>The first day on which the contract may be entered into.</summary>
    public DateOnly EarliestContractDate => LastDay.AddDays(1);
}
