using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Api.Security;
using Notices.Domain.Notices;
using Notices.Workflow.Law;
using Notices.Workflow.Projections;
using Notices.Workflow.Reactions;
using Notices.Workflow.State;
using Notices.Web.Api;

namespace Notices.Web.Pages.Procurements;

/// <summary>A link to something the user can do next.</summary>
internal sealed record NextAction(string Text, string Href);

/// <summary>A procurement: its status, what to do next and by when, its notices, and its timeline (who, when, why).</summary>
internal sealed class ProcurementModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public ProcurementView Procurement { get; private set; } = null!;

    public Registered State => Procurement.State;

    public string NextStep => NextSteps.For(State);

    public IReadOnlyList<NextAction> Actions { get; private set; } = [];

    /// <summary>Open obligations and the standstill, soonest first: what is due and by when.</summary>
    public IReadOnlyList<(string What, DateOnly By, bool Overdue)> Deadlines { get; private set; } = [];

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public Pagination TimelinePages { get; private set; } = null!;

    /// <summary>Commissioners and administrators can ask for failed work to be tried again.</summary>
    public bool CanRetry => User.IsInRole(Roles.Commissioner) || User.IsInRole(Roles.Administrator);

    public async Task<IActionResult> OnPostRetryAsync(string id, string workId)
    {
        if (!CanRetry)
        {
            return Forbid();
        }

        if (await FindAsync(id) is not { } view)
        {
            return NotFound();
        }

        var result = await Api.RetryAsync(view.Id.Value, workId, Aborted);
        if (result.Succeeded)
        {
            return RedirectToPage("/Procurements/Show", new { id });
        }

        Refused(result, _ => "failures");
        return await OnGetAsync(id, 1);
    }

    public async Task<IActionResult> OnGetAsync(string id, [FromQuery(Name = Pagination.PageParameter)] int page = 1)
    {
        if (await Api.HistoryAsync(id, Aborted) is not { } history)
        {
            return NotFound();
        }

        Procurement = history.View;
        Actions = User.IsInRole(Roles.Commissioner) ? CommissionerActions() : [];
        Deadlines = [.. State.Obligations.Values
            .Where(o => o.Status is ObligationStatus.Open or ObligationStatus.Overdue)
            .Select(o => (Capitalise(ObligationText.Of(o.Kind)), o.DueOn, o.Status == ObligationStatus.Overdue))
            .Concat(State.Standstill is { Ended: false } s ? [("The standstill period ends (the contract can be entered into after it)", s.LastDay, false)] : [])
            .OrderBy(d => d.Item2)];

        var newestFirst = history.Timeline.Reverse().ToList();
        page = Pagination.Clamp(page, newestFirst.Count, Options.PageSize);
        Timeline = Pagination.Slice(newestFirst, page, Options.PageSize);
        TimelinePages = Pagination.Numbered(page, newestFirst.Count, Options.PageSize,
            n => Url.Page("/Procurements/Show", null, new { id, p = n }, null, null, "timeline")!, "Timeline pages");
        return Page();
    }

    private List<NextAction> CommissionerActions()
    {
        var id = Procurement.Id.Value;
        var actions = new List<NextAction>();
        void Notice(NoticeType type)
        {
            var existing = State.NoticesOfType(type).LastOrDefault();
            actions.Add(existing is null
                ? new NextAction($"Draft the {NoticeNames.Of(type)}", Url.Page("/Drafting/Draft", new { id, type = type.ToString().ToLowerInvariant() })!)
                : new NextAction($"Open the {NoticeNames.Of(type)}", Url.Page("/Drafting/Edit", new { id, key = existing.Key })!));
        }

        void Link(string text, string page) => actions.Add(new NextAction(text, Url.Page(page, new { id })!));

        switch (State.Phase)
        {
            case Phase.Planning:
                Notice(State.Details.Procedure == Procedure.DirectAward ? NoticeType.UK5 : NoticeType.UK4);
                break;
            case Phase.Tendering:
                Link("Record the award decision", "/Procurements/Award");
                break;
            case Phase.Awarded:
                Notice(NoticeType.UK6);
                break;
            case Phase.Standstill:
            case Phase.ReadyToContract:
                Link("Record the contract entered into", "/Procurements/ContractEntered");
                break;
            case Phase.Contracted:
                Notice(NoticeType.UK7);
                Link("Record a change to the contract", "/Procurements/ContractChange");
                Link("Record the end of the contract", "/Procurements/ContractEnded");
                break;
            case Phase.ContractEnded:
                Notice(NoticeType.UK11);
                break;
            default:
                break;
        }

        if (State.ContractCopies.Count > 0)
        {
            Link("Publish the contract copies", "/ContractCopies/Index");
        }

        if (State.Phase != Phase.Terminated)
        {
            Link("Draft another notice", "/Drafting/Choose");
        }

        return actions;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
