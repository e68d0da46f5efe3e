using Notices.Domain.Time;

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

    /// <summary>
    /// A standstill, mandatory or voluntary, lasts at least eight working days beginning with the day the
    /// notice is published, and ends at 23:59:59 UK time on its last day.
    /// </summary>
    public static void Check(ValidationErrors e, DateTimeOffset? published, DateTimeOffset? standstillEnd, string path)
    {
        if (published is not { } publication || standstillEnd is not { } end)
        {
            return;
        }

        var shortest = Deadlines.Standstill(UkTime.DateOf(publication));
        if (end < shortest.EndsAt)
        {
            e.Add(
                path,
                $"The standstill period must run for at least eight working days beginning with the day of publication ({shortest.FirstDay:d MMMM yyyy}), so it cannot end before 23:59:59 on {shortest.LastDay:dddd d MMMM yyyy}; change the end date.");
        }
    }

    /// <summary>
    /// A voluntary standstill before a modification (s.76) runs from publication to the date the
    /// modification is made, which must be after at least eight working days beginning with publication.
    /// </summary>
    public static void CheckVoluntary(ValidationErrors e, DateTimeOffset? published, DateTimeOffset? modification, string path)
    {
        if (published is not { } publication || modification is not { } date)
        {
            return;
        }

        var shortest = Deadlines.VoluntaryStandstill(UkTime.DateOf(publication));
        if (date <= shortest.EndsAt)
        {
            e.Add(
                path,
                $"With a voluntary standstill the modification cannot be made until eight working days beginning with the day of publication have passed, so not before {shortest.EarliestContractDate:dddd d MMMM yyyy}; choose a later date.");
        }
    }
}
