using System.Globalization;
using Notices.Domain.Time;

namespace Notices.Web.Forms;

/// <summary>Dates, times and money as GOV.UK pages write them, always in UK time.</summary>
internal static class UkDisplay
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"3 June 2025 at 10:00am", in UK local time (GMT or BST).</summary>
    public static string Time(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, UkTime.Zone);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        return string.Create(EnGb, $"{local:d MMMM yyyy} at {hour}:{local:mm}{(local.Hour < 12 ? "am" : "pm")}");
    }

    /// <summary>"Tuesday 3 June 2025".</summary>
    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", EnGb);

    /// <summary>"£7,800,000" or "£1,234.50".</summary>
    public static string Money(decimal amount) =>
        amount == decimal.Truncate(amount) ? amount.ToString("C0", EnGb) : amount.ToString("C2", EnGb);
}
