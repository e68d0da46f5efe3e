namespace Notices.Domain.Notices;

/// <summary>
/// A lot's status as a release gives it (the OCDS tender status codes): planned before a tender notice,
/// active while tenders are sought, complete once awarded, withdrawn or cancelled when not awarded.
/// </summary>
public enum LotStatus
{
    Planning,
    Planned,
    Active,
    Cancelled,
    Unsuccessful,
    Complete,
    Withdrawn,
}
