using System.Collections.Concurrent;
using System.Diagnostics;

namespace Notices.Bench;

/// <summary>
/// The same lifecycle on the bare orchestration: one signal for each command <see cref="NoticeLifecycle"/> sends,
/// each with the activities the workflow runs for it (recordings, notifications, publications, the load at the
/// start of each generation), the same answers, timers and stage ends, and nothing decided or stored.
/// </summary>
internal sealed class BareLifecycle(BareCommands commands, PublicationTimes publications)
{
    public async Task RunAsync(string procurement, ConcurrentBag<double> publishMilliseconds)
    {
        var step = 0;
        Task Send(int[] batches, bool timerWhileWaiting, bool answerAtEnd = false) =>
            commands.SendAsync(procurement, new BareSignal($"s{step++}", batches, answerAtEnd, timerWhileWaiting, EndsStage: false));

        async Task PublishAsync(string notice, bool timerBefore, bool timerAfter)
        {
            await Send([1], timerBefore); // drafted: recorded
            await Send([1, 1], timerWhileWaiting: true); // submitted: recorded, approvers notified; the approval reminder pending
            var approvalSent = Stopwatch.GetTimestamp();

            // Approved: recorded, published, publication recorded; the stage ends and the next generation loads the record.
            await commands.SendAsync(procurement, new BareSignal($"s{step++}", [1, 1, 1], false, timerAfter, EndsStage: true, PublishedIn: 2, notice));
            publishMilliseconds.Add(await publications.MillisecondsSinceAsync(procurement, notice, approvalSent));
        }

        await Send([1], timerWhileWaiting: false); // registered
        await PublishAsync("uk4", timerBefore: false, timerAfter: false);
        await Send([1], timerWhileWaiting: false); // award decision
        await PublishAsync("uk6", timerBefore: false, timerAfter: true); // the standstill's timer
        await Send([1, 1], timerWhileWaiting: false, answerAtEnd: true); // the time told: standstill ended, commissioners told
        await Send([1], timerWhileWaiting: true); // contract entered: obligations' timers from here on
        await PublishAsync("uk7", timerBefore: true, timerAfter: true);
        await PublishAsync("uk10", timerBefore: true, timerAfter: true);
        await Send([1], timerWhileWaiting: true); // change
        await Send([1], timerWhileWaiting: true); // ended
        await PublishAsync("uk11", timerBefore: true, timerAfter: true);
    }
}
