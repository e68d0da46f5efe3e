namespace Notices.Workflow.Runtime;

/// <summary>
/// The in-process trigger loop's work-queue half, with the Functions host's queue semantics: receive a batch,
/// work each message, delete it when done; after a failure the message comes back later, and on its last
/// allowed delivery it goes to the poison queue.
/// </summary>
public sealed class WorkQueuePump(IWorkQueueClient queue, WorkItemProcessor processor, WorkflowOptions options, WorkflowDiagnostics diagnostics)
{
    /// <summary>Backoff before a failed message is delivered again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    /// <returns>How many messages were received.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var batch = await queue.ReceiveAsync(32, options.WorkVisibility, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(
            batch,
            new ParallelOptions { MaxDegreeOfParallelism = options.WorkConcurrency, CancellationToken = cancellationToken },
            async (work, ct) => await WorkAsync(work, ct).ConfigureAwait(false)).ConfigureAwait(false);
        return batch.Count;
    }

    /// <summary>Runs until no message is visible: for tests, tools and the benchmark.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (int received; (received = await RunOnceAsync(cancellationToken).ConfigureAwait(false)) > 0;)
        {
            total += received;
        }

        return total;
    }

    private async Task WorkAsync(ReceivedWork work, CancellationToken cancellationToken)
    {
        try
        {
            await processor.ProcessAsync(work.Body, work.DequeueCount, cancellationToken).ConfigureAwait(false);
            await queue.DeleteAsync(work, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Report($"Work item {work.MessageId} failed on delivery {work.DequeueCount}.", null, e);
            if (work.DequeueCount >= options.MaxDequeueCount)
            {
                await queue.MoveToPoisonAsync(work, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await queue.ReleaseAsync(work, RetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
