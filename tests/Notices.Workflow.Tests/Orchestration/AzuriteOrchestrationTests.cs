using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>
/// The orchestrations on Durable Functions' Azure Storage backend over Azurite, with the workflow's ports on Azure
/// Storage (the record, projections, register and releases): what runs in Azure, on this machine.
/// </summary>
public sealed class AzuriteOrchestrationTests(AzureEngineFixture engine) : IClassFixture<AzureEngineFixture>
{
    [Fact]
    public async Task FullLifecycle_OnAzureStorage_PublishesEachNoticeOnceAndKeepsTheStandstill()
    {
        await using var h = await engine.StartAsync();
        await h.Register();
        var uk4 = await h.Publish(NoticeType.UK4);
        await h.Must(new RecordAwardDecision(h.As(People.Commissioner), [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")], 7_800_000m, Moments.Day(h.Clock.GetUtcNow())));

        h.Clock.SetUtcNow(Moments.AwardNoticePublished);
        var uk6 = await h.Publish(NoticeType.UK6);
        Assert.Equal(Moments.StandstillEnds, Assert.Single(await h.EventsOf<StandstillStarted>()).EndsAt);
        await h.AdvanceTo(Moments.StandstillEnds.AddSeconds(1));
        Assert.Single(await h.EventsOf<StandstillEnded>());

        await h.AdvanceTo(Moments.ContractDay);
        await h.Must(new RecordContractEntered(h.As(People.Commissioner), Moments.Day(Moments.ContractDay), 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)));
        var uk7 = await h.Publish(NoticeType.UK7);
        var uk10 = await h.Publish(NoticeType.UK10);
        await h.Must(new RecordContractChange(h.As(People.Commissioner), "Add garden waste rounds.", 8_200_000m, Moments.Day(h.Clock.GetUtcNow())));
        await h.Must(new RecordContractEnded(h.As(People.Commissioner), Moments.Day(h.Clock.GetUtcNow()), ContractEnding.TerminatedByAuthority));
        var uk11 = await h.Publish(NoticeType.UK11);

        var published = await h.EventsOf<NoticePublished>();
        Assert.Equal([uk4, uk6, uk7, uk10, uk11], published.Select(p => p.NoticeKey));
        Assert.Equal(5, published.Select(p => p.Publication.NoticeId).Distinct().Count());
        Assert.Equal(5, (await engine.Ports.ReleasesAsync(h.Id)));
        Assert.Equal(Phase.ContractEnded, (await h.Workflow.Queries.ProcurementAsync(h.Id))!.State.Phase);
        Assert.Equal((await h.Events()).Count, (await h.Workflow.Queries.TimelineAsync(h.Id)).Count);
    }

    [Fact]
    public async Task TwoApprovers_DecidingAtOnce_OnTheAzureStorageBackend_OneDecisionAndTheOtherToldWhyNot()
    {
        await using var h = await engine.StartAsync();
        await h.Register();
        var key = await h.DraftAndSubmit(NoticeType.UK4);
        var results = await Task.WhenAll(h.Approve(key, People.Approver), h.Approve(key, People.SecondApprover));
        Assert.True(results.Count(r => r.Outcome == CommandOutcome.Accepted) == 1, string.Join(", ", results.Select(r => r.Outcome)) + await h.DescribeAsync());
        var refused = results.Single(r => r.Outcome != CommandOutcome.Accepted);
        Assert.True(refused.Outcome == CommandOutcome.Refused, refused.Outcome + await h.DescribeAsync());
        Assert.Matches("^This notice has already been (approved by|published)", Assert.Single(refused.Problems).Message);
        await h.Settle();
        Assert.Single(await h.EventsOf<NoticeApproved>());
        Assert.True((await h.EventsOf<NoticePublished>()).Count == 1, await h.DescribeAsync());
        Assert.Equal(1, await engine.Ports.ReleasesAsync(h.Id));
    }

    [Fact]
    public async Task Approval_WaitingTwoWorkingDays_RemindsApprovers_OnTheAzureStorageBackend()
    {
        await using var h = await engine.StartAsync();
        await h.Register();
        await h.DraftAndSubmit(NoticeType.UK4);
        await h.AdvanceTo(new DateTimeOffset(2025, 6, 4, 9, 0, 1, TimeSpan.FromHours(1)));
        Assert.Single(await h.EventsOf<ApprovalReminderSent>());
    }
}
