using Notices.Workflow.Runtime;

namespace Notices.Testing;

/// <summary>
/// Lets a test's clock drive a real queue's delays. Azure Storage hides a delayed message for real seconds,
/// but the tests move a fake clock across days: a delayed message waits here until the fake clock reaches
/// its time, then goes to the real queue. Retries are sent back at once, for the same reason.
/// </summary>
public sealed class ClockDelayedWorkQueueClient(IWorkQueueClient inner, TimeProvider clock) : IWorkQueueClient
{
    private readonly Lock gate = new();
    private readonly List<(DateTimeOffset VisibleAt, string Body)> held = [];

    public Task SendAsync(string body, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(delay, IWorkQueueClient.MaxDelay);
        if (delay <= TimeSpan.Zero)
        {
            return inner.SendAsync(body, TimeSpan.Zero, cancellationToken);
        }

        lock (gate)
        {
            held.Add((clock.GetUtcNow() + delay, body));
        }

        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<ReceivedWork>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken)
    {
        List<string> due;
        lock (gate)
        {
            var now = clock.GetUtcNow();
            due = held.Where(h => h.VisibleAt <= now).Select(h => h.Body).ToList();
            held.RemoveAll(h => h.VisibleAt <= now);
        }

        foreach (var body in due)
        {
            await inner.SendAsync(body, TimeSpan.Zero, cancellationToken);
        }

        return await inner.ReceiveAsync(max, visibility, cancellationToken);
    }

    public Task DeleteAsync(ReceivedWork received, CancellationToken cancellationToken) => inner.DeleteAsync(received, cancellationToken);

    public Task ReleaseAsync(ReceivedWork received, TimeSpan delay, CancellationToken cancellationToken) =>
        inner.ReleaseAsync(received, TimeSpan.Zero, cancellationToken);

    public Task MoveToPoisonAsync(ReceivedWork received, CancellationToken cancellationToken) => inner.MoveToPoisonAsync(received, cancellationToken);
}
