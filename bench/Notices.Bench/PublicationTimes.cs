using System.Collections.Concurrent;
using System.Diagnostics;

namespace Notices.Bench;

/// <summary>When each notice's publication was recorded, for the sender of its approval to wait on without polling storage.</summary>
internal sealed class PublicationTimes
{
    private readonly ConcurrentDictionary<(string Procurement, string Notice), TaskCompletionSource<long>> recorded = new();
    private long count;

    /// <summary>Publications recorded so far.</summary>
    public long Count => Interlocked.Read(ref count);

    public void Recorded(string procurement, string notice)
    {
        if (Entry(procurement, notice).TrySetResult(Stopwatch.GetTimestamp()))
        {
            Interlocked.Increment(ref count);
        }
    }

    /// <summary>The milliseconds from <paramref name="since"/> (a stopwatch timestamp) to the publication being recorded.</summary>
    public async Task<double> MillisecondsSinceAsync(string procurement, string notice, long since)
    {
        var at = await Entry(procurement, notice).Task.WaitAsync(TimeSpan.FromMinutes(1));
        return Stopwatch.GetElapsedTime(since, at).TotalMilliseconds;
    }

    private TaskCompletionSource<long> Entry(string procurement, string notice) =>
        recorded.GetOrAdd((procurement, notice), _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}
