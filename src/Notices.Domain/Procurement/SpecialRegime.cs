namespace Notices.Domain.Procurement;

/// <summary>
/// The special regimes of the Act that change thresholds, deadlines and which notices apply.
/// Find a Tender lists them in <c>tender.specialRegime</c> (for example <c>lightTouch</c>).
/// </summary>
public enum SpecialRegime
{
    None,
    LightTouch,
    Utilities,
    DefenceAndSecurity,
    Concession,
}
