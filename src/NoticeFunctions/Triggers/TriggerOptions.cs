namespace NoticeFunctions.Triggers;

/// <summary>The work queue and sweep timer, with the same meaning as the Functions host's queue
/// settings in host.json, so the in-process loop behaves as the host does.</summary>
internal sealed class TriggerOptions
{
    public const string Section = "Triggers";

    public string WorkQueue { get; set; } = FunctionNames.WorkQueue;

    /// <summary>Where a message goes after <see cref="MaxDequeueCount"/> failed attempts.</summary>
    public string PoisonQueue => WorkQueue + "-poison";

    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a failed message stays invisible before it is retried.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a received message is leased while it is processed.</summary>
    public TimeSpan ProcessingLease { get; set; } = TimeSpan.FromMinutes(5);

    public int BatchSize { get; set; } = 16;

    /// <summary>Upper bound of the polling back-off when the queue is empty.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MinPollingInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
