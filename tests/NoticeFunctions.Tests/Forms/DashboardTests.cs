using Microsoft.Extensions.DependencyInjection;
using NoticeFunctions.Tests.Support;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Testing.Notices;
using Notices.Workflow.Commands;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Runtime;
using Xunit;

namespace NoticeFunctions.Tests.Forms;

/// <summary>The dashboard puts the signed-in person's own procurements first, and the approvals they may decide before those they may not.</summary>
public sealed class DashboardTests : IAsyncLifetime
{
    private const string BuyerId = "GB-PPON-PABC-1234-WXYZ";
    private static readonly Actor Ada = new("ada.lovelace", "Ada Lovelace", [Role.Commissioner]);
    private static readonly Actor Alan = new("alan.turing", "Alan Turing", [Role.Commissioner, Role.Approver]);

    private PagesApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await PagesApp.StartAsync(new Dictionary<string, string?> { ["Authority:BuyerId"] = BuyerId, ["Authority:BuyerName"] = "Westshire County Council" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Dashboard_ManyOthersAndOneOwnProcurement_ShowsTheOwnFirstAsYours()
    {
        for (var i = 0; i < 6; i++)
        {
            await RegisterAsync($"Procurement by Ada {i}", Ada);
        }

        await RegisterAsync("Procurement by Alan", Alan);
        using var alan = await _app.SignInAsync("alan.turing");

        var page = await alan.GetPageAsync("/");

        var rows = Rows(Table(page, "Procurements"));
        Assert.Equal(5, rows.Count);
        Assert.Contains("Procurement by Alan", rows[0], StringComparison.Ordinal);
        Assert.Contains(">You<", rows[0], StringComparison.Ordinal);
        Assert.All(rows.Skip(1), row => Assert.Contains("Ada Lovelace", row, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dashboard_ApproverWhoSubmittedOneOfTwo_ShowsTheOneTheyMayDecideFirst()
    {
        var own = await RegisterAsync("Submitted by Alan", Alan);
        await SubmitAsync(own, Alan);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        var others = await RegisterAsync("Submitted by Ada", Ada);
        await SubmitAsync(others, Ada);
        using var alan = await _app.SignInAsync("alan.turing");

        var page = await alan.GetPageAsync("/");

        var rows = Rows(Table(page, "Notices waiting for approval, oldest first"));
        Assert.Equal(2, rows.Count);
        Assert.Contains("Submitted by Ada", rows[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Another approver decides", rows[0], StringComparison.Ordinal);
        Assert.Contains("Submitted by Alan", rows[1], StringComparison.Ordinal);
        Assert.Contains("Another approver decides this one: you submitted it.", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_NoAuthoritySet_SaysWhichSettingsToSetAndStillAnswers()
    {
        await using var unset = await PagesApp.StartAsync(new Dictionary<string, string?> { ["Authority:BuyerId"] = "", ["Authority:BuyerName"] = "" });
        using var ada = await unset.SignInAsync("ada.lovelace");

        var page = await ada.GetPageAsync("/");

        Assert.Contains("(the settings Authority:BuyerId and Authority:BuyerName)", page, StringComparison.Ordinal);
    }

    private async Task<ProcurementId> RegisterAsync(string title, Actor actor)
    {
        var id = ProcurementId.New(RandomIdSource.Instance);
        await SendAsync(id, new RegisterProcurement(
            Context(actor), BuyerId, "Westshire County Council", title, 7_800_000m, Procedure.Open, ContractNature.Services, SpecialRegime.None, []));
        return id;
    }

    private async Task SubmitAsync(ProcurementId id, Actor actor)
    {
        var drafted = await SendAsync(id, new DraftNotice(Context(actor), NoticeType.UK4, NoticeJson.Serialize(SampleNotices.Tender)));
        await SendAsync(id, new SubmitNotice(Context(actor), drafted.Events.OfType<Notices.Workflow.Events.NoticeDrafted>().Single().NoticeKey));
    }

    private async Task<CommandResult> SendAsync(ProcurementId id, ProcurementCommand command)
    {
        var result = await _app.Services.GetRequiredService<ProcurementWorkflow>().Commands.HandleAsync(id, command);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Message)));
        return result;
    }

    private DecisionContext Context(Actor actor) => DecisionContext.For(actor, _app.Clock, RandomIdSource.Instance);

    // The table whose caption is given, and its body rows.
    private static string Table(string page, string caption)
    {
        var start = page.IndexOf(caption + "</caption>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The dashboard has no table '{caption}'.");
        return page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static List<string> Rows(string table) =>
        [.. table.Split("<tr class=\"govuk-table__row\">").Skip(2)];
}
