namespace Notices.Domain.Time;

/// <summary>
/// The three jurisdictions of the Banking and Financial Dealings Act 1971, each with its own bank
/// holidays. Section 123 of the Procurement Act 2023 excludes a bank holiday in any of them.
/// </summary>
[Flags]
public enum UkNations
{
    None = 0,
    EnglandAndWales = 1,
    Scotland = 2,
    NorthernIreland = 4,
    All = EnglandAndWales | Scotland | NorthernIreland,
}
