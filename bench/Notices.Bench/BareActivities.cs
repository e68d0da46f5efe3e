using Microsoft.DurableTask;

namespace Notices.Bench;

/// <summary>The bare orchestration's recording activity: writes nothing; notes a publication's time in this process.</summary>
internal sealed class BareRecord(PublicationTimes publications, BareTally tally) : TaskActivity<BareRecordInput, long>
{
    public override Task<long> RunAsync(TaskActivityContext context, BareRecordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        tally.Ran();
        if (input.PublishedNotice is { } notice)
        {
            publications.Recorded(input.Procurement, notice);
        }

        return Task.FromResult(0L);
    }
}

/// <summary>The bare orchestration's stand-in for loading the record, publishing and notifying: does nothing.</summary>
internal sealed class BareWork(BareTally tally) : TaskActivity<string, long>
{
    public override Task<long> RunAsync(TaskActivityContext context, string input)
    {
        tally.Ran();
        return Task.FromResult(0L);
    }
}

/// <summary>Activities the bare orchestrations have run, to set beside the workflow's.</summary>
internal sealed class BareTally
{
    private long runs;

    public long Runs => Interlocked.Read(ref runs);

    public void Ran() => Interlocked.Increment(ref runs);
}
