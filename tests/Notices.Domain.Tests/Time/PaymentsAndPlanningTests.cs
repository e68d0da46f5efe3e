using Notices.Domain.Time;
using Xunit;

namespace Notices.Domain.Tests.Time;

public sealed class PaymentsAndPlanningTests
{
    [Theory]
    // day in the period, first day, last day, publish by (30 days beginning with the last day)
    [InlineData("2026-02-10", "2026-01-01", "2026-03-31", "2026-04-29")] // first period starts when s.69 came into force
    [InlineData("2026-06-30", "2026-04-01", "2026-09-30", "2026-10-29")]
    [InlineData("2026-12-25", "2026-10-01", "2027-03-31", "2027-04-29")]
    [InlineData("2027-03-31", "2026-10-01", "2027-03-31", "2027-04-29")]
    public void PaymentsComplianceReportingPeriod_OutsideWales(string day, string first, string last, string publishBy)
    {
        var period = PaymentsReporting.PaymentsComplianceReportingPeriod(Day(day), PaymentsReporting.PaymentsComplianceInForceOutsideWales);

        Assert.Equal(new ReportingPeriod(Day(first), Day(last), Day(publishBy)), period);
    }

    [Fact]
    public void PaymentsComplianceReportingPeriod_Wales_FirstPeriodStartsOnFirstApril2026()
    {
        var period = PaymentsReporting.PaymentsComplianceReportingPeriod(Day("2026-05-01"), PaymentsReporting.PaymentsComplianceInForceInWales);

        Assert.Equal(new ReportingPeriod(Day("2026-04-01"), Day("2026-09-30"), Day("2026-10-29")), period);
    }

    [Fact]
    public void PaymentsComplianceReportingPeriod_BeforeTheSectionWasInForce_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PaymentsReporting.PaymentsComplianceReportingPeriod(Day("2025-12-31"), PaymentsReporting.PaymentsComplianceInForceOutsideWales));

        Assert.Contains("applies from 2026-01-01", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-04-01", "2026-04-01", "2026-06-30", "2026-07-29")]
    [InlineData("2026-08-15", "2026-07-01", "2026-09-30", "2026-10-29")]
    [InlineData("2026-12-31", "2026-10-01", "2026-12-31", "2027-01-29")]
    [InlineData("2027-02-28", "2027-01-01", "2027-03-31", "2027-04-29")]
    public void PaymentInformationQuarter_PaymentOverThirtyThousand(string paid, string first, string last, string publishBy) =>
        Assert.Equal(new ReportingPeriod(Day(first), Day(last), Day(publishBy)), PaymentsReporting.PaymentInformationQuarter(Day(paid)));

    [Theory]
    [InlineData("2026-03-11", false)] // 39 days after the planned procurement notice
    [InlineData("2026-03-12", true)]  // 40 days
    [InlineData("2027-01-31", true)]  // 12 months
    [InlineData("2027-02-01", false)] // 12 months and a day
    public void PlannedProcurementNoticeWindow_FortyDaysToTwelveMonths(string tenderNotice, bool qualifies)
    {
        var window = new PlannedProcurementNoticeWindow(Day("2026-01-31"));

        Assert.Equal(qualifies, window.Qualifies(Day(tenderNotice)));
        Assert.Equal(Day("2026-03-12"), window.EarliestTenderNotice);
        Assert.Equal(Day("2027-01-31"), window.LatestTenderNotice);
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
