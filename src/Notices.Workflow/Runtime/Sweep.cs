using Notices.Workflow.State;

namespace Notices.Workflow.Runtime;

/// <summary>
/// The periodic sweep: finishes appends left unsettled by a crash (their projections and intents), using
/// the same settlement as a live command. Run it on a timer (the Function App's sweep trigger).
/// </summary>
public sealed class Sweep(IEventStore store, Settlement settlement, TimeProvider clock, WorkflowOptions options)
{
    /// <returns>How many appends were settled.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var unsettled = await store.FindUnsettledAsync(clock.GetUtcNow() - options.SweepGrace, 500, cancellationToken).ConfigureAwait(false);
        foreach (var append in unsettled)
        {
            var history = await store.LoadAsync(append.Id, cancellationToken).ConfigureAwait(false);
            var before = ProcurementEvolution.Fold(history.Events.Where(e => e.Version < append.FirstVersion).Select(e => e.Event));
            var after = ProcurementEvolution.Fold(history.Events.Select(e => e.Event));
            await settlement.SettleAsync(append.Id, before, after, append.LastVersion, append.Intents, rewriteProjections: true, cancellationToken)
                .ConfigureAwait(false);
        }

        return unsettled.Count;
    }
}
