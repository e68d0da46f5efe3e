namespace Notices.Domain.Adoption;

/// <summary>
/// Something the Act still requires: <see cref="Due"/> is the last day (UK calendar day), or null when the
/// Act ties it to an event not yet known (entering into the contract, for example). <see cref="Estimated"/>
/// marks a date counted from an estimated date the notices give rather than from the event itself.
/// </summary>
public sealed record OpenObligation(string What, string Section, DateOnly? Due, bool Estimated = false);
