namespace Notices.Domain.Time;

/// <summary>
/// One bank holiday: the day, its name as GOV.UK lists it, and the part or parts of the UK where
/// it is a bank holiday. A substitute day is the weekday a holiday moves to when it falls at a
/// weekend (or on a day that is already a holiday).
/// </summary>
public sealed record BankHoliday(DateOnly Date, string Name, UkNations Nations, bool IsSubstituteDay);
