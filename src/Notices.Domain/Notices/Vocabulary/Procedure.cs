namespace Notices.Domain.Notices;

/// <summary>The procedure under which the contract is awarded (s.20, s.41, s.43, s.45, Part 6).</summary>
public enum Procedure
{
    Open,
    CompetitiveFlexible,
    DirectAward,
    FrameworkCallOff,
    DynamicMarketCallOff,
    BelowThresholdOpen,
    BelowThresholdLimited,
    BelowThresholdWithoutCompetition,
}
