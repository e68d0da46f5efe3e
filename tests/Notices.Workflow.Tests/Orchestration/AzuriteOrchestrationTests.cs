using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
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
        var (uk4, uk6) = await h.ContractedAsync();
        Assert.Equal(Moments.StandstillEnds, Assert.Single(await h.EventsOf<StandstillStarted>()).EndsAt);
        Assert.Single(await h.EventsOf<StandstillEnded>());
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
        await h.TwoApproversAtOnceAsync();
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
