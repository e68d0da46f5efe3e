using Microsoft.Extensions.Time.Testing;
using System.Globalization;
using Notices.Domain.Time;
using Xunit;

namespace Notices.Domain.Tests.Time;

public sealed class UkTimeTests
{
    [Theory]
    [InlineData("2025-06-03T21:01:00Z", "2025-06-03")] // 22:01 BST, as the Find a Tender example was published
    [InlineData("2025-06-03T23:30:00Z", "2025-06-04")] // 00:30 BST the next day
    [InlineData("2026-01-05T23:30:00Z", "2026-01-05")] // GMT in winter
    [InlineData("2026-03-29T00:59:59Z", "2026-03-29")] // a second before the clocks go forward
    [InlineData("2026-10-24T23:00:00Z", "2026-10-25")] // midnight BST on the day the clocks go back
    public void DateOf_Instant_IsTheUkCalendarDay(string instant, string day) =>
        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), UkTime.DateOf(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-03-28", 0, 0)]
    [InlineData("2026-03-29", 0, 1)] // clocks go forward at 01:00 GMT: the day starts in GMT, ends in BST
    [InlineData("2026-10-25", 1, 0)] // clocks go back at 02:00 BST: the day starts in BST, ends in GMT
    [InlineData("2026-07-01", 1, 1)]
    public void StartAndEndOfDay_ClockChangeDays_CarryTheOffsetInForceAtThatMoment(string day, int startOffsetHours, int endOffsetHours)
    {
        var date = DateOnly.Parse(day, CultureInfo.InvariantCulture);

        var start = UkTime.StartOfDay(date);
        var end = UkTime.EndOfDay(date);

        Assert.Equal(TimeSpan.FromHours(startOffsetHours), start.Offset);
        Assert.Equal(TimeSpan.FromHours(endOffsetHours), end.Offset);
        Assert.Equal(date.ToDateTime(TimeOnly.MinValue), start.DateTime);
        Assert.Equal(date.ToDateTime(new TimeOnly(23, 59, 59)), end.DateTime);
    }

    [Fact]
    public void Today_ClockAt2330UtcInSummer_IsTheNextUkDay()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-07-01T23:30:00Z", CultureInfo.InvariantCulture));

        Assert.Equal(new DateOnly(2026, 7, 2), UkTime.Today(clock));
    }

    [Fact]
    public void Zone_IsEuropeLondon() => Assert.Equal(TimeSpan.Zero, UkTime.Zone.BaseUtcOffset);
}
