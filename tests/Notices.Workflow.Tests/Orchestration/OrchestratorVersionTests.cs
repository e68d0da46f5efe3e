using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>
/// A procurement outlives deployments: started on one version of the orchestrator, it moves onto the next one
/// deployed at its next stage boundary and finishes there, with the old worker gone.
/// </summary>
public sealed class OrchestratorVersionTests(AzureEngineFixture engine) : IClassFixture<AzureEngineFixture>
{
    [Fact]
    public async Task Procurement_StartedOnVersionOne_MovesToVersionTwoAtTheNextStageAndFinishesThere()
    {
        await using var v1 = await engine.StartAsync(version: "1");
        await v1.Register();
        await v1.Publish(NoticeType.UK4);
        await v1.Must(new RecordAwardDecision(v1.As(People.Commissioner), [new AwardedSupplier("Green Bins Limited", "GB-COH-08229264")], 7_800_000m, Moments.Day(v1.Clock.GetUtcNow())));
        Assert.Equal("1", (await v1.Workflow.Commands.StatusAsync(v1.Id))!.EngineVersion);
        await v1.DisposeAsync();

        // The next deployment: only a version 2 worker runs now.
        await using var v2 = await engine.StartAsync(version: "2", continuing: v1);
        v2.Clock.SetUtcNow(Moments.AwardNoticePublished);
        await v2.Publish(NoticeType.UK6);
        Assert.Equal("2", await EngineVersionAfterNextGeneration(v2, "2"));

        await v2.AdvanceTo(Moments.StandstillEnds.AddSeconds(1));
        await v2.AdvanceTo(Moments.ContractDay);
        await v2.Must(new RecordContractEntered(v2.As(People.Commissioner), Moments.Day(Moments.ContractDay), 7_800_000m, new DateOnly(2025, 7, 1), new DateOnly(2030, 6, 30)));
        await v2.Publish(NoticeType.UK7);
        Assert.Equal(3, (await v2.EventsOf<NoticePublished>()).Count);
        Assert.Single(await v2.EventsOf<StandstillEnded>());
        Assert.Equal(Phase.Contracted, (await v2.Workflow.Queries.ProcurementAsync(v2.Id))!.State.Phase);
        Assert.Equal("2", await EngineVersionAfterNextGeneration(v2, "2"));
    }

    /// <summary>
    /// The version the orchestration runs on once the generation that published has continued as new (the status
    /// just after a publication may still be the old generation's, or none while the next one loads the record); the
    /// last one seen if it never becomes <paramref name="expected"/>.
    /// </summary>
    private static async Task<string?> EngineVersionAfterNextGeneration(EngineHarness h, string expected)
    {
        ProcurementStatus? status = null;
        for (var deadline = DateTimeOffset.UtcNow.AddSeconds(30); DateTimeOffset.UtcNow < deadline; await Task.Delay(200))
        {
            status = await h.Workflow.Commands.StatusAsync(h.Id);
            if (status?.EngineVersion == expected)
            {
                break;
            }
        }

        return status?.EngineVersion;
    }
}
