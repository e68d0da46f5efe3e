using Microsoft.DurableTask;
using Notices.Workflow.Orchestration;

namespace Notices.Bench;

/// <summary>
/// The engine's ceiling: the real orchestration's loop with its decisions taken out. Each generation loads (an
/// empty activity), then for each signal runs the activities the real one runs for that command (empty), answers
/// in its status, races a timer while waiting when the real one has a deadline pending, and continues as new where
/// a stage ends, as the real one does after each publication.
/// </summary>
internal sealed class BareOrchestrator : TaskOrchestrator<BareCarry, string?>
{
    public const string SignalName = "signal";

    public override async Task<string?> RunAsync(TaskOrchestrationContext context, BareCarry input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await context.CallActivityAsync<long>(nameof(BareWork), "load");
        var answered = input.Answered.ToList();
        var timerPending = input.TimerPending;
        var stageEnded = false;
        context.SetCustomStatus(new BareStatus(answered));
        Task<BareSignal>? waiting = null;
        while (true)
        {
            waiting ??= context.WaitForExternalEvent<BareSignal>(SignalName);
            if (!waiting.IsCompleted && stageEnded)
            {
                context.ContinueAsNew(new BareCarry(timerPending, answered), preserveUnprocessedEvents: true);
                return null;
            }

            if (timerPending)
            {
                using var cancel = new CancellationTokenSource();
                var timer = context.CreateTimer(context.CurrentUtcDateTime.AddDays(30), cancel.Token);
                if (await Task.WhenAny(waiting, timer) != waiting)
                {
                    continue;
                }

#pragma warning disable CA1849 // As in the real orchestration: CancelAsync would leave the orchestration's scheduler.
                cancel.Cancel();
#pragma warning restore CA1849
            }

            var signal = await waiting;
            waiting = null;
            if (answered.Contains(signal.StepId))
            {
                // Sent again by a sender that saw no answer in time: answered already, as the decider answers a repeated command.
                Answer(context, answered, signal.StepId);
                continue;
            }

            for (var batch = 0; batch < signal.Batches.Length; batch++)
            {
                var published = batch == signal.PublishedIn ? signal.NoticeKey : null;
                await Task.WhenAll(Enumerable.Range(0, signal.Batches[batch]).Select(_ => batch == 0 || published is not null
                    ? context.CallActivityAsync<long>(nameof(BareRecord), new BareRecordInput(context.InstanceId, signal.StepId, published))
                    : context.CallActivityAsync<long>(nameof(BareWork), signal.StepId)));
                if (batch == 0 && !signal.AnswerAtEnd)
                {
                    Answer(context, answered, signal.StepId);
                }
            }

            if (signal.AnswerAtEnd)
            {
                Answer(context, answered, signal.StepId);
            }

            timerPending = signal.TimerWhileWaiting;
            stageEnded = signal.EndsStage;
        }
    }

    private static void Answer(TaskOrchestrationContext context, List<string> answered, string stepId)
    {
        answered.Remove(stepId);
        answered.Add(stepId);
        if (answered.Count > ProcurementStatus.KeptReplies)
        {
            answered.RemoveRange(0, answered.Count - ProcurementStatus.KeptReplies);
        }

        context.SetCustomStatus(new BareStatus(answered.ToList()));
    }
}
