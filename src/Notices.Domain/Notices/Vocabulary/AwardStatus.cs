namespace Notices.Domain.Notices;

/// <summary>OCDS award status: pending during standstill, active once the contract may be entered into.</summary>
public enum AwardStatus
{
    Pending,
    Active,
    Cancelled,
    Unsuccessful,
}
