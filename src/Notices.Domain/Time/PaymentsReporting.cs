namespace Notices.Domain.Time;

/// <summary>A period of payment reporting and the last day to publish about it.</summary>
public sealed record ReportingPeriod(DateOnly FirstDay, DateOnly LastDay, DateOnly PublishBy);

/// <summary>
/// The periods behind the two payment duties of the Act. Both must be met "before the end of the
/// period of 30 days beginning with the last day" of the period, so the period's last day is day 1
/// and publication is due by the 29th day after it (29 April for a period ending 31 March).
/// </summary>
public static class PaymentsReporting
{
    /// <summary>Section 69 commenced on 1 January 2026 for contracting authorities outside Wales.</summary>
    public static readonly DateOnly PaymentsComplianceInForceOutsideWales = new(2026, 1, 1);

    /// <summary>Section 69 commenced on 1 April 2026 for devolved Welsh authorities.</summary>
    public static readonly DateOnly PaymentsComplianceInForceInWales = new(2026, 4, 1);

    /// <summary>Section 70 (payments over £30,000) applies from 1 April 2026.</summary>
    public static readonly DateOnly PaymentInformationInForce = new(2026, 4, 1);

    /// <summary>
    /// The payments compliance notice reporting period (s.69(3)) that contains <paramref name="day"/>:
    /// the first runs from the day the section came into force to the next 31 March or 30 September,
    /// then each successive six months (1 April to 30 September, 1 October to 31 March).
    /// </summary>
    public static ReportingPeriod PaymentsComplianceReportingPeriod(DateOnly day, DateOnly sectionInForce)
    {
        if (day < sectionInForce)
            throw new ArgumentOutOfRangeException(nameof(day), day,
                $"Section 69 (payments compliance notices) was not in force on {day:yyyy-MM-dd}; it applies from {sectionInForce:yyyy-MM-dd}.");

        var lastDay = day.Month switch
        {
            <= 3 => new DateOnly(day.Year, 3, 31),
            <= 9 => new DateOnly(day.Year, 9, 30),
            _ => new DateOnly(day.Year + 1, 3, 31),
        };
        var firstDay = lastDay.Month == 3 ? new DateOnly(lastDay.Year - 1, 10, 1) : new DateOnly(lastDay.Year, 4, 1);
        if (firstDay < sectionInForce)
            firstDay = sectionInForce;
        return new ReportingPeriod(firstDay, lastDay, Deadlines.LastOfDaysBeginningWith(lastDay, 30));
    }

    /// <summary>
    /// The quarter in which a payment of more than £30,000 was made, and the last day to publish it
    /// (s.70(2)): quarters end on 31 March, 30 June, 30 September and 31 December.
    /// </summary>
    public static ReportingPeriod PaymentInformationQuarter(DateOnly paymentMade)
    {
        if (paymentMade < PaymentInformationInForce)
            throw new ArgumentOutOfRangeException(nameof(paymentMade), paymentMade,
                $"Section 70 (information about payments) applies to payments from {PaymentInformationInForce:yyyy-MM-dd}.");
        var firstMonth = ((paymentMade.Month - 1) / 3 * 3) + 1;
        var firstDay = new DateOnly(paymentMade.Year, firstMonth, 1);
        var lastDay = firstDay.AddMonths(3).AddDays(-1);
        return new ReportingPeriod(firstDay, lastDay, Deadlines.LastOfDaysBeginningWith(lastDay, 30));
    }
}
