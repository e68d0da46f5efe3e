using Notices.Workflow.Commands;
using Notices.Workflow.Decisions;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Reactions;
using Notices.Workflow.State;

namespace Notices.Workflow.Runtime;

/// <summary>
/// Runs a command against a procurement: load (or take from the cache), decide, append the events and their
/// intents in one atomic write guarded by the stream's version, then settle (projections, dispatch). A
/// concurrency conflict costs one reload and one retry.
/// </summary>
public sealed class CommandHandler(
    IEventStore store, StreamCache cache, Settlement settlement, ReactionOptions reactions, WorkflowDiagnostics diagnostics)
{
    public Task<CommandResult> HandleAsync(ProcurementId id, ProcurementCommand command, CancellationToken cancellationToken = default) =>
        HandleAsync(id, command, completes: null, cancellationToken);

    /// <param name="completes">An append whose last outstanding work this command records (see <see cref="Activities"/>).</param>
    internal async Task<CommandResult> HandleAsync(ProcurementId id, ProcurementCommand command, CompletedAppend? completes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var conflicts = 0;
        for (var attempt = 0; ; attempt++)
        {
            var cached = cache.TryGet(id, out _);
            var fresh = attempt > 0 || !cached;
            var current = attempt == 0 && !cached && command is RegisterProcurement
                ? NewStream // A registration is almost always of a new procurement: the append's check says if it is not.
                : await CurrentAsync(id, fresh, cancellationToken).ConfigureAwait(false);
            fresh &= !ReferenceEquals(current, NewStream);
            var decision = ProcurementDecider.Decide(command, current.State);
            if (!fresh && (decision.IsRefused || (decision.Events.Count == 0 && !decision.Repeated)))
            {
                // Another instance may have moved the stream on since it was cached: decide again on what is stored.
                cache.Forget(id);
                continue;
            }

            if (decision.IsRefused)
            {
                return new CommandResult(CommandOutcome.Refused, current.Version, [], decision.Problems);
            }

            if (decision.Events.Count == 0)
            {
                return new CommandResult(
                    decision.Repeated ? CommandOutcome.AlreadyDone : CommandOutcome.Accepted, current.Version, [], []);
            }

            try
            {
                return await AppendAsync(id, current, decision.Events, command.Context.At, completes, cancellationToken).ConfigureAwait(false);
            }
            catch (StreamConflictException) when (++conflicts == 1)
            {
                cache.Forget(id);
            }
            catch (StreamConflictException)
            {
                cache.Forget(id);
                return new CommandResult(CommandOutcome.Conflict, current.Version, [], [new Problem(
                    "Someone else changed this procurement at the same moment. Nothing was changed; please try again.")]);
            }
        }
    }

    private static readonly CachedState NewStream = new(0, "", ProcurementEvolution.Fold([]));

    /// <summary>The procurement's state: from the cache, or read from the stream when <paramref name="fresh"/>.</summary>
    public async Task<CachedState> CurrentAsync(ProcurementId id, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && cache.TryGet(id, out var cached))
        {
            return cached;
        }

        var history = await store.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        var state = ProcurementEvolution.Fold(history.Events.Select(e => e.Event));
        var loaded = new CachedState(history.Version, history.ETag ?? "", state);
        if (history.ETag is not null)
        {
            cache.Put(id, loaded);
        }

        return loaded;
    }

    private async Task<CommandResult> AppendAsync(
        ProcurementId id, CachedState current, IReadOnlyList<ProcurementEvent> events, DateTimeOffset at, CompletedAppend? completes,
        CancellationToken cancellationToken)
    {
        var state = current.State;
        var recorded = new List<RecordedEvent>(events.Count);
        var intents = new List<Intent>();
        foreach (var @event in events)
        {
            var version = current.Version + recorded.Count + 1;
            state = ProcurementEvolution.Evolve(state, @event);
            recorded.Add(new RecordedEvent(version, @event));
            intents.AddRange(Reactor.React(@event, version, state, reactions));
        }

        var request = new AppendRequest(id, current.Version, current.Version == 0 ? null : current.ETag, recorded, intents, at, completes?.Range);
        string etag;
        try
        {
            etag = await store.AppendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (CompletedMarkerMissingException)
        {
            // The sweep settled the earlier append first: record the result on its own.
            (request, completes) = (request with { Completes = null }, null);
            etag = await store.AppendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        cache.Put(id, new CachedState(request.NewVersion, etag, state));
        try
        {
            var range = new UnsettledRange(request.FirstUnsettledVersion, request.NewVersion);
            await settlement.SettleAppendAsync(id, completes?.Before ?? current.State, state, range, intents, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The decision is recorded; the append stays unsettled and the sweep finishes it.
            diagnostics.Report("Settling an append failed; the sweep will finish it.", id, e);
        }

        return new CommandResult(CommandOutcome.Accepted, request.NewVersion, events, []);
    }
}
