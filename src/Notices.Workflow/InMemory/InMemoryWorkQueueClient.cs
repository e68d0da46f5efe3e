using System.Globalization;
using Notices.Workflow.Runtime;

namespace Notices.Workflow.InMemory;

/// <summary>A work queue in memory whose delays and visibility follow the injected clock, with a poison queue.</summary>
public sealed class InMemoryWorkQueueClient(TimeProvider clock) : IWorkQueueClient
{
    private readonly Lock gate = new();
    private readonly List<Message> messages = [];
    private readonly List<string> poison = [];
    private long nextId;

    /// <summary>Messages moved to the poison queue (their bodies).</summary>
    public IReadOnlyList<string> Poison
    {
        get
        {
            lock (gate)
            {
                return [.. poison];
            }
        }
    }

    /// <summary>Messages waiting, visible or not.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return messages.Count;
            }
        }
    }

    /// <summary>Bodies of the messages waiting, visible or not.</summary>
    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (gate)
            {
                return messages.Select(m => m.Body).ToList();
            }
        }
    }

    public Task SendAsync(string body, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay > IWorkQueueClient.MaxDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "A queue message can be delayed by at most 7 days.");
        }

        lock (gate)
        {
            var id = (++nextId).ToString(CultureInfo.InvariantCulture);
            messages.Add(new Message(id, body) { VisibleAt = clock.GetUtcNow() + delay });
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReceivedWork>> ReceiveAsync(int max, TimeSpan visibility, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var received = new List<ReceivedWork>();
            foreach (var m in messages.Where(m => m.VisibleAt <= now).Take(max))
            {
                m.DequeueCount++;
                m.PopReceipt = Guid.NewGuid().ToString("N");
                m.VisibleAt = now + visibility;
                received.Add(new ReceivedWork(m.Id, m.PopReceipt, m.Body, m.DequeueCount));
            }

            return Task.FromResult<IReadOnlyList<ReceivedWork>>(received);
        }
    }

    public Task DeleteAsync(ReceivedWork received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        lock (gate)
        {
            messages.RemoveAll(m => m.Id == received.MessageId && m.PopReceipt == received.PopReceipt);
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(ReceivedWork received, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        lock (gate)
        {
            foreach (var m in messages.Where(m => m.Id == received.MessageId && m.PopReceipt == received.PopReceipt))
            {
                m.VisibleAt = clock.GetUtcNow() + delay;
            }
        }

        return Task.CompletedTask;
    }

    public Task MoveToPoisonAsync(ReceivedWork received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        lock (gate)
        {
            poison.Add(received.Body);
            messages.RemoveAll(m => m.Id == received.MessageId);
        }

        return Task.CompletedTask;
    }

    private sealed class Message(string id, string body)
    {
        public string Id { get; } = id;

        public string Body { get; } = body;

        public DateTimeOffset VisibleAt { get; set; }

        public long DequeueCount { get; set; }

        public string PopReceipt { get; set; } = "";
    }
}
