using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Notices.Bench;

/// <summary>
/// Sends a signal to a bare orchestration and waits for its answer, with the same requests as the workflow's
/// command path: read the instance, start it if new, raise the event, then read its status at 20 ms, doubling to
/// 250 ms, until the answer is there. A signal unanswered for as long as the workflow's sender waits is sent again,
/// as the workflow's sender does, and counted.
/// </summary>
internal sealed class BareCommands(DurableTaskClient client, TimeSpan answerWithin)
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(250);
    private const int Attempts = 4;
    private long resent;

    public long Resent => Interlocked.Read(ref resent);

    public async Task SendAsync(string id, BareSignal signal)
    {
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
        if (instance is null)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(BareOrchestrator), new BareCarry(false, []), new StartOrchestrationOptions(id));
        }

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (attempt > 1)
            {
                Interlocked.Increment(ref resent);
            }

            await client.RaiseEventAsync(id, BareOrchestrator.SignalName, signal);
            if (await AnsweredAsync(id, signal.StepId))
            {
                return;
            }
        }

        throw new InvalidOperationException($"The bare orchestration {id} did not answer {signal.StepId} in {Attempts} attempts.");
    }

    private async Task<bool> AnsweredAsync(string id, string stepId)
    {
        var deadline = DateTimeOffset.UtcNow + answerWithin;
        var wait = FirstPoll;
        while (true)
        {
            var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
            if (instance?.ReadCustomStatusAs<BareStatus>()?.Answered.Contains(stepId) == true)
            {
                return true;
            }

            if (instance?.RuntimeStatus == OrchestrationRuntimeStatus.Failed)
            {
                throw new InvalidOperationException($"The bare orchestration {id} failed: {instance.FailureDetails?.ErrorMessage}");
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(wait);
            wait = wait * 2 < LongestPoll ? wait * 2 : LongestPoll;
        }
    }
}
