using Notices.Testing;
using Xunit;

namespace Notices.Storage.Tests.Testing;

public sealed class ManualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Advance_MovesUtcNowAndTimestamps()
    {
        var clock = new ManualTimeProvider(Start);
        var before = clock.GetTimestamp();

        clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(Start.AddHours(2), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromHours(2), clock.GetElapsedTime(before));
    }

    [Fact]
    public void SetUtcNow_Backwards_IsRefusedAndKeepsTime()
    {
        var clock = new ManualTimeProvider(Start);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetUtcNow(Start.AddSeconds(-1)));
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public void CreateTimer_FiresOnlyOnceDueWithTheClockAtItsDueTime()
    {
        var clock = new ManualTimeProvider(Start);
        var fired = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Empty(fired);
        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal([Start.AddMinutes(10)], fired);
        Assert.Equal(Start.AddMinutes(14), clock.GetUtcNow());
    }

    [Fact]
    public void CreateTimer_Periodic_FiresOncePerPeriodPassed()
    {
        var clock = new ManualTimeProvider(Start);
        var count = 0;
        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(3.5));

        Assert.Equal(3, count);
    }

    [Fact]
    public void Timer_DisposedOrChangedToInfinite_DoesNotFire()
    {
        var clock = new ManualTimeProvider(Start);
        var count = 0;
        var disposed = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var changed = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        disposed.Dispose();
        changed.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Delay_CompletesWhenTheClockPassesIt()
    {
        var clock = new ManualTimeProvider(Start);

        var delay = Task.Delay(TimeSpan.FromDays(8), clock);
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromDays(8));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void UniqueName_ValidForEachResource_AndDifferentEachTime()
    {
        Assert.NotEqual(UniqueName.Table(), UniqueName.Table());

        // Azure's rules: tables are letters and digits starting with a letter; containers and queues lower-case with single hyphens.
        Assert.Matches("^x[A-Za-z0-9]{2,62}$", UniqueName.Table("x"));
        Assert.Matches("^contracts-[a-z0-9]+$", UniqueName.Container("Contracts"));
        Assert.Matches("^work-[a-z0-9]+$", UniqueName.Queue("work"));
    }
}
