using System.Diagnostics;
using Microsoft.DurableTask.Testing.Sidecar;
using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Runtime;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>How a command's sender copes when the engine loses its signal, or is slow to answer.</summary>
public sealed class CommandDeliveryTests
{
    [Fact]
    public async Task Command_WhoseSignalIsLost_IsSentAgainAfterTenSecondsAndAnsweredOnceWithOneEffect()
    {
        var (backend, losing) = SignalLosingBackend.Over(new InMemoryOrchestrationService());
        await using var h = await EngineHarness.StartAsync(backend: backend);
        await h.Register();

        losing.LoseNextSignal();
        var draft = new DraftNotice(h.As(People.Commissioner), NoticeType.UK4, SampleContent.Valid(NoticeType.UK4));
        var waited = Stopwatch.StartNew();
        var result = await h.Do(draft);
        waited.Stop();

        Assert.True(result.Outcome == CommandOutcome.Accepted, result.Outcome + await h.DescribeAsync());
        Assert.Equal(1, losing.Lost);
        Assert.True(waited.Elapsed >= ProcurementCommands.ResendAfter, $"Answered after {waited.Elapsed}, before the signal could have been sent again.");
        var drafted = Assert.IsType<NoticeDrafted>(Assert.Single(result.Events));
        await h.Settle();
        Assert.Equal(drafted.NoticeKey, Assert.Single(await h.EventsOf<NoticeDrafted>()).NoticeKey);
    }

    [Fact]
    public async Task Command_NotAnsweredWithinTheWait_IsAnsweredReceivedAndThenCarriedOutOnce()
    {
        // A short wait, so the test need not sit through the hosts' own; well under the 10 seconds before a resend.
        await using var h = await EngineHarness.StartAsync(replyTimeout: TimeSpan.FromSeconds(3));
        await h.Do(Scenario.Registration(context: h.As(People.Commissioner)));
        await Eventually.Single<ProcurementRegistered>(h);
        await h.Settle();

        h.Ports.Recording.Hold();
        var draft = new DraftNotice(h.As(People.Commissioner), NoticeType.UK4, SampleContent.Valid(NoticeType.UK4));
        CommandResult result;
        try
        {
            result = await h.Do(draft);
            Assert.Empty(await h.EventsOf<NoticeDrafted>());
        }
        finally
        {
            h.Ports.Recording.Release();
        }

        Assert.Equal(CommandOutcome.Received, result.Outcome);
        Assert.Empty(result.Events);
        Assert.Empty(result.Problems);

        // Carried out once released, and its answer kept: the same command sent again is told it was done.
        await Eventually.Single<NoticeDrafted>(h);
        await h.Settle();
        var again = await h.Do(draft);
        Assert.Equal(CommandOutcome.AlreadyDone, again.Outcome);
        Assert.Single(await h.EventsOf<NoticeDrafted>());
    }
}
