using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NoticeFunctions.Tests.Support;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Testing.Notices;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Commands;
using Notices.Workflow.Procurements;
using Xunit;

namespace NoticeFunctions.Tests.Forms;

/// <summary>The approval form, in memory through WebApplicationFactory: a rejection needs its reason and reaches the commissioner; a declared conflict stops that approver.</summary>
public sealed class ApprovalFormTests : IAsyncLifetime
{
    private static readonly Actor Ada = new("ada.lovelace", "Ada Lovelace", [Role.Commissioner]);

    private PagesApp _app = null!;
    private string _id = "";
    private string _key = "";

    private string DecidePath => $"/approvals/{_id}/{_key}";

    public async Task InitializeAsync()
    {
        _app = await PagesApp.StartAsync(new Dictionary<string, string?> { ["Authority:BuyerId"] = "GB-PPON-PABC-1234-WXYZ", ["Authority:BuyerName"] = "Westshire County Council" });
        var workflow = _app.Services.GetRequiredService<ProcurementWorkflow>();
        var id = ProcurementId.New(RandomIdSource.Instance);
        DecisionContext Context() => DecisionContext.For(Ada, _app.Clock, RandomIdSource.Instance);
        await workflow.Commands.HandleAsync(id, new RegisterProcurement(
            Context(), "GB-PPON-PABC-1234-WXYZ", "Westshire County Council", "Waste collection", 7_800_000m, Procedure.Open, ContractNature.Services, SpecialRegime.None, []));
        var drafted = await workflow.Commands.HandleAsync(id, new DraftNotice(Context(), NoticeType.UK4, NoticeJson.Serialize(SampleNotices.Tender)));
        _key = drafted.Events.OfType<Notices.Workflow.Events.NoticeDrafted>().Single().NoticeKey;
        Assert.True((await workflow.Commands.HandleAsync(id, new SubmitNotice(Context(), _key))).Succeeded);
        _id = id.Value;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Reject_WithoutThenWithAReason_AsksForItThenSendsTheNoticeBackWithIt()
    {
        using var approver = await _app.SignInAsync("grace.hopper");

        using var noReason = await approver.SubmitFormAsync(DecidePath, [new("decision", "reject"), new("noConflictOfInterest", "true")]);
        var page = await noReason.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#reason\">Enter why the notice is rejected, so the commissioner can put it right</a>", page, StringComparison.Ordinal);

        using var rejected = await approver.SubmitFormAsync(DecidePath,
            [new("decision", "reject"), new("reason", "The enquiry deadline is too close to the tender deadline."), new("noConflictOfInterest", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        using var commissioner = await _app.SignInAsync("ada.lovelace");
        var draft = await commissioner.GetPageAsync($"/procurements/{_id}/notices/{_key}");
        Assert.Contains("Sent back by the approver", draft, StringComparison.Ordinal);
        Assert.Contains("The enquiry deadline is too close to the tender deadline.", draft, StringComparison.Ordinal);
        Assert.Contains("Why: The enquiry deadline is too close to the tender deadline.", await commissioner.GetPageAsync($"/procurements/{_id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_WithoutConfirmingNoConflict_IsRefusedOnTheCheckbox()
    {
        using var approver = await _app.SignInAsync("grace.hopper");

        using var response = await approver.SubmitFormAsync(DecidePath, [new("decision", "approve")]);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#noConflictOfInterest\">Confirm that you have no conflict of interest in this notice", page, StringComparison.Ordinal);
        Assert.Contains("Waiting for approval", await approver.GetPageAsync($"/procurements/{_id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclareConflict_ThenApprove_SameApproverIsRefused()
    {
        using var approver = await _app.SignInAsync("grace.hopper");

        using var declared = await approver.SubmitFormAsync(DecidePath, [new("decision", "conflict"), new("conflictDetails", "My brother runs Green Bins Limited.")]);
        using var approved = await approver.SubmitFormAsync(DecidePath, [new("decision", "approve"), new("noConflictOfInterest", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
        Assert.Contains("<a href=\"#decision\">You declared a conflict of interest in this notice, so someone else must decide on it.</a>",
            await approved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
