using Microsoft.DurableTask;
using Notices.Workflow.Commands;
using Notices.Workflow.Decisions;
using Notices.Workflow.Events;
using Notices.Workflow.Orchestration.Activities;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Reactions;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;
using Notices.Workflow.State;

namespace Notices.Workflow.Orchestration;

/// <summary>
/// One generation of a procurement's orchestration: its state, its pending deadlines and the loop that waits for
/// the next signal or deadline. Everything here is deterministic: time is the orchestration's, ids come with the
/// commands or from the record's versions, and all I/O is an activity.
/// </summary>
internal sealed class ProcurementRun
{
    /// <summary>Decisions recorded in one generation before it continues as new, whatever the stage.</summary>
    public const int MaxRecordsPerGeneration = 40;

    private readonly TaskOrchestrationContext _context;
    private readonly ProcurementId _id;
    private readonly ReactionOptions _reactions;
    private readonly BusinessClock _clock;
    private readonly TimerLedger _timers;
    private readonly List<CommandReply> _replies;
    private readonly string? _nextVersion;
    private ProcurementState _state;
    private long _version;
    private int _records;
    private bool _stageEnded;
    private string? _traceParent;

    public ProcurementRun(TaskOrchestrationContext context, ProcurementId id, ProcurementHistory history, ProcurementCarry carry, string? nextVersion = null)
    {
        _nextVersion = nextVersion;
        _context = context;
        _id = id;
        _reactions = carry.Reactions;
        _state = ProcurementEvolution.Fold(history.Events.Select(e => e.Event));
        _version = history.Version;
        _timers = TimerLedger.FromHistory(history.Events, carry.Reactions);
        _clock = new BusinessClock(() => context.CurrentUtcDateTime, carry.ClockOffset);
        _replies = [.. carry.Replies];
    }

    public async Task<string?> RunAsync()
    {
        PublishStatus(idle: true);
        Task<WorkflowSignal>? waiting = null;
        while (true)
        {
            await RunDueDeadlinesAsync().ConfigureAwait(true);
            waiting ??= _context.WaitForExternalEvent<WorkflowSignal>(WorkflowSignal.EventName);
            if (!waiting.IsCompleted && (_stageEnded || _records >= MaxRecordsPerGeneration))
            {
                // Only when no signal received in this episode waits to be decided (a waiter takes a buffered signal at
                // once), so nothing depends on the engine carrying signals over. Signals that arrive later go to the next
                // generation, which reads the record and its deadlines again.
                _context.ContinueAsNew(new ContinueAsNewOptions
                {
                    NewInput = new ProcurementCarry(_clock.Offset, _replies, _reactions),
                    PreserveUnprocessedEvents = true,
                    NewVersion = _nextVersion, // null keeps this generation's version
                });
                return null;
            }

            if (_timers.Next is { } next)
            {
                using var cancel = new CancellationTokenSource();
                var timer = _context.CreateTimer(_clock.EngineTimeOf(next.DueAt), cancel.Token);
                if (await Task.WhenAny(waiting, timer).ConfigureAwait(true) != waiting)
                {
                    continue; // The deadline is due now: the top of the loop runs it.
                }

#pragma warning disable CA1849 // CancelAsync would continue on the thread pool, outside the orchestration's own scheduler.
                cancel.Cancel();
#pragma warning restore CA1849
            }

            var signal = await waiting.ConfigureAwait(true);
            waiting = null;

            // Busy until answered: a status still saying idle while the decision is being recorded would let a waiter
            // think the work was done, and a sender find no answer yet for a command already carried out.
            PublishStatus(idle: false);

            // Deadlines that fell due by the time the signal carries run first: a command made after the end of the
            // standstill is decided on a procurement whose standstill has ended.
            _clock.Observe(signal.Command?.Context.At ?? signal.ClockAt ?? _clock.Now);
            await RunDueDeadlinesAsync().ConfigureAwait(true);
            if (signal.Command is { } command)
            {
                // The command's trace follows it into the activities it causes; deadlines and clock news bring none.
                _traceParent = signal.TraceParent;
                await DecideAndReactAsync(command, replyTo: true).ConfigureAwait(true);
                _traceParent = null;
            }
            else if (signal.ClockId is { } clockId)
            {
                Reply(new CommandReply(clockId, CommandOutcome.Accepted, _version, _version, []));
                PublishStatus(idle: true);
            }
        }
    }

    private async Task RunDueDeadlinesAsync()
    {
        while (_timers.TakeDue(_clock.Now) is { } due)
        {
            // Recorded at the moment it fell due, however late the engine or the news of the time came.
            await DecideAndReactAsync(TimerCommands.For(due, due.DueAt), replyTo: false).ConfigureAwait(true);
        }
    }

    /// <summary>Decides a command, records what it caused, answers the caller, then runs the reactions and decides their results.</summary>
    private async Task DecideAndReactAsync(ProcurementCommand command, bool replyTo)
    {
        var work = new Queue<ActivityIntent>();
        var reply = await DecideAsync(command, work).ConfigureAwait(true);
        if (replyTo)
        {
            Reply(reply);
            PublishStatus(idle: work.Count == 0);
        }

        while (work.Count > 0)
        {
            // The activities one decision caused run side by side; their results are decided in order.
            var batch = work.ToList();
            work.Clear();
            var results = await Task.WhenAll(batch.Select(RunActivityAsync)).ConfigureAwait(true);
            foreach (var result in results.OfType<ProcurementCommand>())
            {
                await DecideAsync(result, work).ConfigureAwait(true);
            }
        }

        PublishStatus(idle: true);
    }

    private async Task<CommandReply> DecideAsync(ProcurementCommand command, Queue<ActivityIntent> work)
    {
        var decision = ProcurementDecider.Decide(command, _state);
        var id = command.Context.CommandId;
        if (decision.IsRefused)
        {
            return new CommandReply(id, CommandOutcome.Refused, _version, _version, decision.Problems);
        }

        if (decision.Events.Count == 0)
        {
            return new CommandReply(id, decision.Repeated ? CommandOutcome.AlreadyDone : CommandOutcome.Accepted, _version, _version, []);
        }

        var before = _state;
        var first = _version + 1;
        var recorded = new List<RecordedEvent>(decision.Events.Count);
        var intents = new List<Intent>();
        var state = _state;
        foreach (var @event in decision.Events)
        {
            var version = _version + recorded.Count + 1;
            state = ProcurementEvolution.Evolve(state, @event);
            recorded.Add(new RecordedEvent(version, @event));
            intents.AddRange(Reactor.React(@event, version, state, _reactions));
            _stageEnded |= @event is NoticePublished;
        }

        var changes = Projector.Changes(_id, before, state);
        await _context.CallActivityAsync<long>(
            nameof(RecordEvents), new RecordRequest(_id.Value, _version, recorded, changes, _traceParent), WorkflowRetries.Record).ConfigureAwait(true);
        _state = state;
        _version += recorded.Count;
        _records++;
        _timers.Apply(intents);
        foreach (var activity in intents.OfType<ActivityIntent>())
        {
            work.Enqueue(activity);
        }

        return new CommandReply(id, CommandOutcome.Accepted, first, _version, []);
    }

    /// <summary>Runs an activity with its retries; its result as a command, or a record of its failure.</summary>
    private async Task<ProcurementCommand?> RunActivityAsync(ActivityIntent activity)
    {
        try
        {
            return await new ReactionActivities(_context, _id, _state, _clock.Now, _traceParent).RunAsync(activity).ConfigureAwait(true);
        }
        catch (TaskFailedException e)
        {
            var context = DecisionContext.ForWorkflow($"failed.{activity.Id}", _clock.Now);
            return new RecordWorkFailed(context, WorkItems.Describe(activity), e.FailureDetails?.ErrorMessage ?? e.Message);
        }
    }

    private void Reply(CommandReply reply)
    {
        if (reply.Outcome == CommandOutcome.AlreadyDone && _replies.Any(r => r.CommandId == reply.CommandId))
        {
            return; // A command sent again: its sender reads the first answer.
        }

        _replies.RemoveAll(r => r.CommandId == reply.CommandId);
        _replies.Add(reply);
        if (_replies.Count > ProcurementStatus.KeptReplies)
        {
            _replies.RemoveRange(0, _replies.Count - ProcurementStatus.KeptReplies);
        }
    }

    private void PublishStatus(bool idle) => _context.SetCustomStatus(new ProcurementStatus(_version, _context.Version, idle, _replies.ToList()));
}
