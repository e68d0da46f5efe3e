using Notices.Domain.Notices;
using Notices.Testing;
using Notices.Testing.InMemory;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.State;
using Notices.Workflow.Tests.Support;
using Xunit;
using static Notices.Workflow.Tests.Support.PublishedReleases;

namespace Notices.Workflow.Tests.Projections;

/// <summary>
/// The row of a procurement in its buyer's list names who registered it (or adopted it), however many later events
/// re-write the row, and a row stored before it named anyone still reads.
/// </summary>
public sealed class ProcurementSummaryTests
{
    private const string Buyer = "GB-PPON-PABC-1234-WXYZ";

    private static readonly ProcurementId Id = new("p-registrant");

    [Fact]
    public async Task GivenARegisteredProcurement_ThenItsSummaryNamesWhoRegisteredIt()
    {
        var summary = await SummaryAfter(Scenario.Registered_().Events, Buyer);

        Assert.Equal(("cora", "Cora Commissioner"), (summary.RegisteredById, summary.RegisteredByName));
    }

    [Fact]
    public async Task GivenARegisteredProcurement_WhenSomeoneElseDraftsAndSubmitsANotice_ThenTheRewrittenSummaryStillNamesTheRegistrant()
    {
        var registered = Scenario.Registered_();
        var before = registered.State;
        registered
            .Run(new DraftNotice(Contexts.By(People.SecondCommissioner), NoticeType.UK4, SampleContent.Valid(NoticeType.UK4)))
            .Run(new SubmitNotice(Contexts.By(People.SecondCommissioner), "uk4-1"));

        // The submission changes the next step, so the summary row is written again, from the state.
        var rewritten = Assert.Single(
            Projector.Changes(Id, before, registered.State).OfType<UpsertRow>(), c => c.Table == ProjectionTables.Procurements);
        Assert.Contains("waiting for approval", rewritten.Row.Data, StringComparison.Ordinal);

        var summary = await SummaryAfter(registered.Events, Buyer);
        Assert.Equal(("cora", "Cora Commissioner"), (summary.RegisteredById, summary.RegisteredByName));
    }

    [Fact]
    public async Task GivenAnAdoptedProcurement_ThenItsSummaryNamesWhoAdoptedIt()
    {
        var adopted = new Scenario().Run(AdoptionOf(TenderRelease, AfterTheSeptember2026Notices, People.SecondCommissioner))
            .Run(new RecordAwardDecision(
                Contexts.By(People.Commissioner, AfterTheSeptember2026Notices), [new AwardedSupplier("Wonder Exhibits Limited", "GB-COH-01234567")],
                60_000m, new DateOnly(2026, 9, 7)));
        Assert.IsType<ProcurementAdopted>(adopted.Events[0]);

        var summary = await SummaryAfter(adopted.Events, "GB-PPON-PDTR-3338-MNPG");

        Assert.Equal(Phase.Awarded, summary.Status);
        Assert.Equal(("colin", "Colin Commissioner"), (summary.RegisteredById, summary.RegisteredByName));
    }

    [Fact]
    public async Task GivenASummaryRowStoredBeforeTheRegistrantWasRecorded_ThenItReadsWithNoRegistrant()
    {
        var store = new InMemoryProjectionStore();
        const string stored =
            """{"procurementId":"p-registrant","buyerId":"GB-PPON-PABC-1234-WXYZ","buyerName":"Westshire County Council","title":"Household waste collection","estimatedValue":7800000,"procedure":"Open","status":"Planning","nextStep":"Draft the tender notice (UK4) or, for a direct award, the transparency notice (UK5).","failedWork":0}""";
        await store.ApplyAsync(
            [new UpsertRow(new ProjectionRow(ProjectionTables.Procurements, Buyer, Projector.ProcurementRowKey(Phase.Planning, Id), stored))],
            CancellationToken.None);

        var summary = Assert.Single((await new WorkflowQueries(store, new InMemoryProcurementRecord()).ProcurementsAsync(Buyer)).Items);

        Assert.Equal(("p-registrant", "Household waste collection", Phase.Planning), (summary.ProcurementId, summary.Title, summary.Status));
        Assert.Equal(("", ""), (summary.RegisteredById, summary.RegisteredByName));
    }

    /// <summary>Projects each event in turn, as the orchestration does, and reads the buyer's list back.</summary>
    private static async Task<ProcurementSummary> SummaryAfter(IReadOnlyList<ProcurementEvent> events, string buyerId)
    {
        var store = new InMemoryProjectionStore();
        var state = ProcurementState.Initial;
        foreach (var e in events)
        {
            var next = ProcurementEvolution.Evolve(state, e);
            await store.ApplyAsync(Projector.Changes(Id, state, next), CancellationToken.None);
            state = next;
        }

        return Assert.Single((await new WorkflowQueries(store, new InMemoryProcurementRecord()).ProcurementsAsync(buyerId)).Items);
    }
}
