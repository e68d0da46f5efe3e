namespace NoticeFunctions.Triggers;

/// <summary>How often the in-process loop polls the work queue and runs the sweep when the app runs
/// on its own (the Functions host's own settings are in host.json).</summary>
internal sealed class TriggerOptions
{
    public const string Section = "Triggers";

    /// <summary>Upper bound of the polling back-off when the queue is empty (host.json's maxPollingInterval).</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MinPollingInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often the sweep runs (the timer function's schedule is every minute).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
