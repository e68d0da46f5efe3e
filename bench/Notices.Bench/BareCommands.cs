using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Notices.Bench;

/// <summary>
/// Sends a signal to a bare orchestration and waits for its answer, with the same requests as the workflow's
/// command path: read the instance, start it if new, raise the event, then read its status at 20 ms, doubling to
/// 250 ms, until the answer is there.
/// </summary>
internal sealed class BareCommands(DurableTaskClient client)
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public async Task SendAsync(string id, BareSignal signal)
    {
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
        if (instance is null)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(BareOrchestrator), new BareCarry(false, []), new StartOrchestrationOptions(id));
        }

        await client.RaiseEventAsync(id, BareOrchestrator.SignalName, signal);
        var deadline = DateTimeOffset.UtcNow + Timeout;
        var wait = FirstPoll;
        while (true)
        {
            instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
            if (instance?.ReadCustomStatusAs<BareStatus>()?.Answered.Contains(signal.StepId) == true)
            {
                return;
            }

            if (instance?.RuntimeStatus == OrchestrationRuntimeStatus.Failed || DateTimeOffset.UtcNow >= deadline)
            {
                throw new InvalidOperationException($"The bare orchestration {id} did not answer {signal.StepId}: {instance?.RuntimeStatus} {instance?.FailureDetails?.ErrorMessage}");
            }

            await Task.Delay(wait);
            wait = wait * 2 < LongestPoll ? wait * 2 : LongestPoll;
        }
    }
}
