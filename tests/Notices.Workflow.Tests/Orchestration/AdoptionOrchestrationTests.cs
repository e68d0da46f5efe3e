using Notices.Testing;
using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Runtime;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.PublishedReleases;

namespace Notices.Workflow.Tests.Orchestration;

/// <summary>A procurement adopted from Find a Tender on the Durable Task engine, carried on to its next notice.</summary>
public sealed class AdoptionOrchestrationTests
{
    [Fact]
    public async Task AdoptedAwardNotice_RunsItsStandstillThenPublishesTheContractDetailsUnderFindATendersOcid()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Clock.SetUtcNow(DuringTheAwardStandstill);

        var adopted = await h.Workflow.Commands.AdoptAsync(h.Id, h.As(People.Commissioner), [Read(AwardRelease)]);
        Assert.True(adopted.Outcome == CommandOutcome.Accepted, string.Join(" ", adopted.Problems.Select(p => p.Message)) + await h.DescribeAsync());
        await h.Settle();
        Assert.Equal(Phase.Standstill, (await h.Workflow.Queries.ProcurementAsync(h.Id))!.State.Phase);

        // The standstill timer the adoption started ends it at the end of 12 June, as the award notice states.
        await h.AdvanceTo(Moments.StandstillEnds.AddSeconds(1));
        Assert.Single(await h.EventsOf<StandstillEnded>());
        await h.AdvanceTo(Moments.ContractDay);
        await h.Must(new RecordContractEntered(h.As(People.Commissioner), Moments.Day(Moments.ContractDay), 680_146.8m, new DateOnly(2025, 7, 1), new DateOnly(2027, 6, 30)));

        var uk7 = await h.DraftAndSubmit(NoticeType.UK7);
        await h.Must(new ApproveNotice(h.As(People.Approver, "Checked."), uk7, NoConflictOfInterest: true));

        var published = Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal((uk7, "ocds-h6vhtk-04e9fb"), (published.NoticeKey, published.Publication.Ocid));
        var release = JsonNode.Parse((await h.Ports.Notices.ReadAsync($"{h.Id.Value}/{uk7}.json", CancellationToken.None))!)!;
        Assert.Equal("ocds-h6vhtk-04e9fb", (string?)release["ocid"]);
        Assert.Contains(await h.EventsOf<ObligationMet>(), m => m.ObligationId == "contract-details" && m.MetBy == uk7);
        Assert.Equal(
            "Adopted the contract award notice (UK6) Find a Tender published as notice 029664-2025.",
            (await h.Workflow.Queries.TimelineAsync(h.Id))[1].What);
    }

    [Fact]
    public async Task AdoptedByNoticeId_ContinuesWithAChangeNoticePublishedUnderFindATendersOcid()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Clock.SetUtcNow(AfterTheSeptember2026Notices);
        var findATender = new FakeFindATender(new Dictionary<string, string> { ["083608-2026"] = Read(ContractDetailsRelease) });

        var adopted = await h.Workflow.Commands.AdoptFromFindATenderAsync(h.Id, h.As(People.Commissioner), findATender, ["083608-2026"]);
        Assert.True(adopted.Outcome == CommandOutcome.Accepted, string.Join(" ", adopted.Problems.Select(p => p.Message)) + await h.DescribeAsync());
        await h.Settle();

        var uk10 = await h.Publish(NoticeType.UK10);

        var published = Assert.Single(await h.EventsOf<NoticePublished>());
        Assert.Equal((uk10, "ocds-h6vhtk-06f19e"), (published.NoticeKey, published.Publication.Ocid));
        var procurement = (await h.Workflow.Queries.ProcurementAsync(h.Id))!.State;
        Assert.Equal("083608-2026", Assert.IsType<PublishedNoticeState>(procurement.Notices["uk7-1"]).Publication.NoticeId);
    }

    [Fact]
    public async Task Adoption_OfANoticeFindATenderDoesNotHave_IsRefusedNamingTheNoticeIds()
    {
        await using var h = await EngineHarness.StartAsync();

        var refused = await h.Workflow.Commands.AdoptFromFindATenderAsync(
            h.Id, h.As(People.Commissioner), new FakeFindATender(new Dictionary<string, string>()), ["083608-2026"]);

        Assert.Equal(CommandOutcome.Refused, refused.Outcome);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("Find a Tender has no notice 083608-2026; check the notice id.", "noticeIds"), (problem.Message, problem.Field));
        Assert.Empty(await h.Events());
    }
}
