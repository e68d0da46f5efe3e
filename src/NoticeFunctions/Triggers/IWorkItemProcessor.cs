namespace NoticeFunctions.Triggers;

/// <summary>Runs one work item from the work queue. Throws when it failed, so the message is retried
/// and, after the last attempt, goes to the poison queue.</summary>
internal interface IWorkItemProcessor
{
    /// <param name="body">The message text as it was enqueued.</param>
    /// <param name="dequeueCount">Deliveries so far, this one included (1 on the first).</param>
    /// <param name="cancellationToken">Cancelled when the app stops.</param>
    Task ProcessAsync(string body, int dequeueCount, CancellationToken cancellationToken);
}

/// <summary>The periodic sweep: dispatches what a crash left undispatched and what has fallen due.</summary>
internal interface IWorkSweep
{
    /// <returns>How many items the sweep dispatched.</returns>
    Task<int> SweepAsync(CancellationToken cancellationToken);
}
