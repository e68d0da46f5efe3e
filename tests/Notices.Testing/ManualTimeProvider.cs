namespace Notices.Testing;

/// <summary>
/// A clock that moves only when told: <see cref="SetUtcNow"/> and <see cref="Advance"/>. Timers created
/// from it fire, in due order, as the time passes their due time.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _utcNow;
    private TimeZoneInfo _localTimeZone = TimeZoneInfo.Utc;

    /// <summary>Starts at <paramref name="start"/>, by default 09:00 UTC on Tuesday 3 June 2025.</summary>
    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _utcNow = (start ?? new DateTimeOffset(2025, 6, 3, 9, 0, 0, TimeSpan.Zero)).ToUniversalTime();
    }

    public override TimeZoneInfo LocalTimeZone => _localTimeZone;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _utcNow;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void SetLocalTimeZone(TimeZoneInfo timeZone) => _localTimeZone = timeZone ?? throw new ArgumentNullException(nameof(timeZone));

    /// <summary>Moves the clock to <paramref name="value"/>; it never goes backwards.</summary>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            if (value < _utcNow)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"The clock cannot go back from {_utcNow:O}.");
            }
        }

        MoveTo(value.ToUniversalTime());
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing any timers that fall due.</summary>
    public void Advance(TimeSpan delta)
    {
        if (delta < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "The clock only moves forward.");
        }

        MoveTo(GetUtcNow() + delta);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void MoveTo(DateTimeOffset target)
    {
        // Fire due timers one at a time, with the clock set to each one's due time, so a callback sees
        // the time it was due at and can re-arm itself within this same move.
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt is { } due && due <= target).MinBy(t => t.DueAt);
                if (next is null)
                {
                    _utcNow = target;
                    return;
                }

                _utcNow = next.DueAt!.Value > _utcNow ? next.DueAt.Value : _utcNow;
                next.DueAt = next.Period is { } period ? _utcNow + period : null;
            }

            next.Fire();
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan? Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    DueAt = null;
                    return true;
                }

                DueAt = owner._utcNow + dueTime;
                Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
                owner._timers.Add(this);
                return true;
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                DueAt = null;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
