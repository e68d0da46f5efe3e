using Microsoft.Extensions.DependencyInjection;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Testing.Notices;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>Puts procurements in place through the workflow itself, for tests whose subject is a later page.</summary>
internal static class Seed
{
    public static readonly Actor AlanTuring = new("alan.turing", "Alan Turing", [Role.Commissioner, Role.Approver]);

    public static async Task<ProcurementId> RegisterAsync(BrowserApp app, string title, Actor actor)
    {
        var id = ProcurementId.New(RandomIdSource.Instance);
        await SendAsync(app, id, new RegisterProcurement(
            Context(app, actor), app.BuyerId, "Westshire County Council", title, 7_800_000m, Procedure.Open,
            ContractNature.Services, SpecialRegime.None, []));
        return id;
    }

    /// <summary>Drafts the sample tender notice and submits it, as <paramref name="actor"/>; returns its key.</summary>
    public static async Task<string> SubmitTenderNoticeAsync(BrowserApp app, ProcurementId id, Actor actor)
    {
        var drafted = await SendAsync(app, id, new DraftNotice(Context(app, actor), NoticeType.UK4, NoticeJson.Serialize(SampleNotices.Tender)));
        var key = drafted.Events.OfType<Notices.Workflow.Events.NoticeDrafted>().Single().NoticeKey;
        await SendAsync(app, id, new SubmitNotice(Context(app, actor), key));
        return key;
    }

    public static readonly Actor GraceHopper = new("grace.hopper", "Grace Hopper", [Role.Approver]);

    /// <summary>Approves a notice waiting, as <paramref name="actor"/>, and waits until the register has published it.</summary>
    public static async Task ApproveAndWaitForPublicationAsync(BrowserApp app, ProcurementId id, string key, Actor actor)
    {
        await SendAsync(app, id, new ApproveNotice(Context(app, actor), key, NoConflictOfInterest: true));
        var workflow = app.App.Services.GetRequiredService<ProcurementWorkflow>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await workflow.Queries.ProcurementAsync(id))?.State.Notices[key] is not Notices.Workflow.State.PublishedNoticeState)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Notice {key} was never published.");
            await Task.Delay(200);
        }
    }

    private static DecisionContext Context(BrowserApp app, Actor actor) => DecisionContext.For(actor, app.Clock, RandomIdSource.Instance);

    private static async Task<CommandResult> SendAsync(BrowserApp app, ProcurementId id, ProcurementCommand command)
    {
        var result = await app.App.Services.GetRequiredService<ProcurementWorkflow>().Commands.HandleAsync(id, command, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Message)));
        return result;
    }
}
