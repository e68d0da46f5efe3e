using Notices.Workflow.Events;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>Waits for what an engine does in its own time (after a restart, or when a timer fires): generously, never timed.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public static async Task True(Func<Task<bool>> condition, string waitingFor)
    {
        var deadline = DateTimeOffset.UtcNow + Within;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow >= deadline)
            {
                Assert.Fail($"Still waiting for {waitingFor} after {Within.TotalSeconds} s.");
            }

            await Task.Delay(Poll);
        }
    }

    /// <summary>Waits until the procurement's record holds an event of type <typeparamref name="T"/>, and returns the only one.</summary>
    public static async Task<T> Single<T>(EngineHarness h) where T : ProcurementEvent
    {
        await True(async () => (await h.EventsOf<T>()).Count > 0, $"{typeof(T).Name} in the record ({await h.DescribeAsync()})");
        return Assert.Single(await h.EventsOf<T>());
    }
}
