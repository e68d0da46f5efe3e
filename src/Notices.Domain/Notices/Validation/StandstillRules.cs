namespace Notices.Domain.Notices;

/// <summary>The standstill period of s.51 and the voluntary standstill of s.51(4) and s.76.</summary>
internal static class StandstillRules
{
    /// <summary>
    /// Mandatory standstill does not apply to light touch contracts, framework and dynamic market call-offs
    /// (s.51(3)), nor to below-threshold contracts (Part 6 has no standstill).
    /// </summary>
    public static bool IsMandatory(ProcurementNotice n) =>
        n.SpecialRegime != Procurement.SpecialRegime.LightTouch
        && n.AboveThreshold != false
        && n.Procedure is not (Notices.Procedure.FrameworkCallOff or Notices.Procedure.DynamicMarketCallOff
            or Notices.Procedure.BelowThresholdOpen or Notices.Procedure.BelowThresholdLimited
            or Notices.Procedure.BelowThresholdWithoutCompetition);

    public static void Check(ValidationErrors e, Publication? publication, DateTimeOffset? standstillEnd, string path)
    {
        if (publication is null || standstillEnd is not { } end)
        {
            return;
        }

        if (end <= publication.Published)
        {
            e.Add(path, $"The standstill period ends ({FieldRules.Day(end)}) before the notice was published ({FieldRules.Day(publication.Published)}); it runs for eight working days beginning with the day of publication.");
        }
    }
}
