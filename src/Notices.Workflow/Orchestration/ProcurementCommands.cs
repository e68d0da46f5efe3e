using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Notices.Domain.Adoption;
using Notices.Domain.Notices;
using Notices.Workflow.Adoption;
using Notices.Workflow.Commands;
using Notices.Workflow.Decisions;
using Notices.Workflow.Procurements;
using Notices.Workflow.Record;
using Notices.Workflow.Runtime;
using Notices.Workflow.Telemetry;
using Notices.Workflow.State;

namespace Notices.Workflow.Orchestration;

/// <summary>
/// Sends commands to procurements' orchestrations and answers with the outcome: the command goes as an external
/// event, and the sender reads the orchestration's answer from its status, so a form or API call learns whether it
/// was accepted (and what was recorded) or refused, and why.
/// </summary>
public sealed class ProcurementCommands(DurableTaskClient client, IProcurementRecord record, WorkflowOptions options)
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a sender waits for an answer before it sends the same command again.</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(10);

    public async Task<CommandResult> HandleAsync(ProcurementId id, ProcurementCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var instance = await client.GetInstanceAsync(id.Value, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance?.ReadCustomStatusAs<ProcurementStatus>()?.Replies.FirstOrDefault(r => r.CommandId == command.Context.CommandId) is { } earlier)
        {
            // Sent before and answered: the same answer, and nothing is sent again.
            return earlier.Outcome == CommandOutcome.Refused
                ? new CommandResult(CommandOutcome.Refused, earlier.LastVersion, [], earlier.Problems)
                : new CommandResult(CommandOutcome.AlreadyDone, earlier.LastVersion, [], []);
        }

        if (instance is null)
        {
            if (command is not (RegisterProcurement or AdoptProcurement))
            {
                // Nothing to send it to: the decider's own words for a procurement that does not exist.
                var refused = ProcurementDecider.Decide(command, ProcurementEvolution.Fold([]));
                return new CommandResult(CommandOutcome.Refused, 0, [], refused.Problems);
            }

            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(ProcurementOrchestrator), ProcurementCarry.First(options.Reactions), new StartOrchestrationOptions(id.Value), cancellationToken).ConfigureAwait(false);
        }

        var signal = new WorkflowSignal(command, TraceParent: WorkflowTelemetry.CurrentTraceParent());
        await client.RaiseEventAsync(id.Value, WorkflowSignal.EventName, signal, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(id, command.Context.CommandId, cancellationToken, resend: signal).ConfigureAwait(false);
    }

    /// <summary>
    /// Adopts, under <paramref name="id"/>, a procurement already under way on Find a Tender, from the releases Find a
    /// Tender published for it (each a release or a package of one, as served by its API). Releases that are not one
    /// procurement's readable notices are refused, as the decider refuses what it cannot adopt, with the reason; so is a
    /// procurement <paramref name="admit"/> gives a problem with (the API's: another authority's).
    /// </summary>
    public Task<CommandResult> AdoptAsync(
        ProcurementId id, DecisionContext context, IEnumerable<string> releases, Func<AdoptProcurement, Problem?>? admit = null, CancellationToken cancellationToken = default) =>
        BuildAndAdoptAsync(id, () => Task.FromResult(AdoptionCommand.FromReleases(context, releases)), "releases", admit, cancellationToken);

    /// <summary>As <see cref="AdoptAsync"/>, fetching the releases from Find a Tender by their notice ids (<c>nnnnnn-yyyy</c>).</summary>
    public Task<CommandResult> AdoptFromFindATenderAsync(
        ProcurementId id, DecisionContext context, IFindATenderReleases findATender, IEnumerable<string> noticeIds, Func<AdoptProcurement, Problem?>? admit = null,
        CancellationToken cancellationToken = default) =>
        BuildAndAdoptAsync(id, () => AdoptionCommand.FromFindATenderAsync(context, findATender, noticeIds, cancellationToken), "noticeIds", admit, cancellationToken);

    private async Task<CommandResult> BuildAndAdoptAsync(
        ProcurementId id, Func<Task<AdoptProcurement>> build, string field, Func<AdoptProcurement, Problem?>? admit, CancellationToken cancellationToken)
    {
        AdoptProcurement command;
        try
        {
            command = await build().ConfigureAwait(false);
        }
        catch (AdoptionException e)
        {
            return new CommandResult(CommandOutcome.Refused, 0, [], [new Problem(e.Message, field)]);
        }
        catch (NoticeFormatException e)
        {
            return new CommandResult(CommandOutcome.Refused, 0, [], [new Problem($"A release could not be read as a Find a Tender notice: {e.Message}", field)]);
        }

        if (admit?.Invoke(command) is { } refused)
        {
            return new CommandResult(CommandOutcome.Refused, 0, [], [refused]);
        }

        return await HandleAsync(id, command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Tells a procurement the time by the sender's clock, and waits while the deadlines due by then run (the local
    /// host and the tests, whose clocks are not the engine's).
    /// </summary>
    public async Task TellTimeAsync(ProcurementId id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var clockId = $"clock.{Guid.NewGuid():N}";
        await client.RaiseEventAsync(id.Value, WorkflowSignal.EventName, new WorkflowSignal(null, at, clockId), cancellationToken).ConfigureAwait(false);
        await AnswerAsync(id, clockId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits until the procurement has finished the work its decisions caused (publishing, notifying, redacting).</summary>
    public async Task WaitUntilIdleAsync(ProcurementId id, CancellationToken cancellationToken = default)
    {
        var deadline = DateTimeOffset.UtcNow + options.ReplyTimeout;
        var wait = FirstPoll;
        // An instance without a status yet (a generation just continued as new) is not idle: its first episode has not run.
        while (await client.GetInstanceAsync(id.Value, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false) is { } instance
            && instance.ReadCustomStatusAs<ProcurementStatus>() is null or { Idle: false } && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            wait = wait * 2 < LongestPoll ? wait * 2 : LongestPoll;
        }
    }

    /// <summary>The orchestration's status: the record's version it has reached and its latest answers.</summary>
    public async Task<ProcurementStatus?> StatusAsync(ProcurementId id, CancellationToken cancellationToken = default)
    {
        var instance = await client.GetInstanceAsync(id.Value, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        if (instance is { RuntimeStatus: OrchestrationRuntimeStatus.Failed })
        {
            throw new InvalidOperationException(
                $"The orchestration of procurement {id} failed: {instance.FailureDetails?.ErrorMessage ?? instance.SerializedOutput}");
        }

        return instance?.ReadCustomStatusAs<ProcurementStatus>();
    }

    /// <param name="resend">
    /// Sent again, with its own command id, when no answer has come for <see cref="ResendAfter"/>: the Azure Storage
    /// backend can lose an event that arrives while an orchestration continues as new, and the decider makes a
    /// repeat harmless.
    /// </param>
    private async Task<CommandResult> AnswerAsync(ProcurementId id, string commandId, CancellationToken cancellationToken, WorkflowSignal? resend = null)
    {
        var started = DateTimeOffset.UtcNow;
        var deadline = started + options.ReplyTimeout;
        var nextResend = started + ResendAfter;
        var wait = FirstPoll;
        while (true)
        {
            var status = await StatusAsync(id, cancellationToken).ConfigureAwait(false);
            if (status?.Replies.FirstOrDefault(r => r.CommandId == commandId) is { } reply)
            {
                return await ResultAsync(id, reply, cancellationToken).ConfigureAwait(false);
            }

            var now = DateTimeOffset.UtcNow;
            if (now >= deadline)
            {
                return new CommandResult(CommandOutcome.Received, status?.RecordVersion ?? 0, [], []);
            }

            if (resend is not null && now >= nextResend)
            {
                await client.RaiseEventAsync(id.Value, WorkflowSignal.EventName, resend, cancellationToken).ConfigureAwait(false);
                nextResend = now + ResendAfter;
            }

            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            wait = wait * 2 < LongestPoll ? wait * 2 : LongestPoll;
        }
    }

    private async Task<CommandResult> ResultAsync(ProcurementId id, CommandReply reply, CancellationToken cancellationToken)
    {
        if (reply.Outcome != CommandOutcome.Accepted || reply.LastVersion < reply.FirstVersion)
        {
            return new CommandResult(reply.Outcome, reply.LastVersion, [], reply.Problems);
        }

        var history = await record.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        var events = history.Events.Where(e => e.Version >= reply.FirstVersion && e.Version <= reply.LastVersion).Select(e => e.Event).ToList();
        return new CommandResult(reply.Outcome, reply.LastVersion, events, []);
    }
}
