using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Notices.Web.Api;
using Notices.Workflow.Projections;
using Notices.Workflow.Runtime;

namespace Notices.Web.Forms;

/// <summary>
/// What every page over the workflow shares: the API it reads and sends commands through, the clock, the forms'
/// options, the page's errors and its field views.
/// </summary>
internal abstract class WorkflowPage(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options) : PageModel
{
    protected NoticesApiClient Api => api;

    protected TimeProvider Clock => clock;

    public FormsOptions Options => options.Value;

    /// <summary>The raw values of the page's fields: what was posted, or what the page starts with.</summary>
    public FormValues Values { get; protected set; } = new();

    private FormErrors? _errors;

    /// <summary>The page's errors: one record for the whole request, so the summary knows the order they were added in.</summary>
    public FormErrors Errors => _errors ??= new(ModelState);

    public FormInput Input => new(Values, Errors);

    /// <summary>
    /// The ids of the page's inputs, top to bottom: the error summary lists its messages in this order, and those
    /// about anything else after them, as they were added. None by default, so every message comes as added.
    /// </summary>
    public virtual IReadOnlyList<string> InputOrder => [];

    /// <summary>Today in the UK, by the app's clock.</summary>
    protected DateOnly Today => Notices.Domain.Time.UkTime.Today(clock);

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>The procurement named by the route, or null when the id is malformed or unknown.</summary>
    protected async Task<ProcurementView?> FindAsync(string id) =>
        (await api.HistoryAsync(id, Aborted).ConfigureAwait(false))?.View;

    /// <summary>One page of a list, at the continuation the address carries, with links to its neighbours.</summary>
    protected async Task<(IReadOnlyList<T> Items, Pagination Pages)> ContinuedPageAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> query, string pageName, string label)
    {
        ArgumentNullException.ThrowIfNull(query);
        var trail = Pagination.Trail(Request.Query);
        var page = await query(trail.Count > 0 ? trail[^1] : null, Aborted).ConfigureAwait(false);
        return (page.Items, Pagination.Continued(trail, page.Continuation, Url.Page(pageName)!, label));
    }

    /// <summary>As <see cref="ContinuedPageAsync"/> for a list kept by buyer: empty until the forms know their authority.</summary>
    protected Task<(IReadOnlyList<T> Items, Pagination Pages)> BuyerPageAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> query, string pageName, string label) =>
        ContinuedPageAsync(
            (continuation, cancel) => string.IsNullOrEmpty(Options.BuyerId)
                ? Task.FromResult(new Page<T>([], null))
                : query(continuation, cancel),
            pageName,
            label);

    /// <summary>A refused or not yet decided command as page errors; <paramref name="anchorFor"/> maps a field to its input.</summary>
    protected void Refused(CommandResult result, Func<string?, string> anchorFor)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome == CommandOutcome.Received)
        {
            Errors.Add(anchorFor(null), Notices.Api.Problems.ReceivedText);
            return;
        }

        Errors.Add(result.Problems, anchorFor);
    }

    public FieldView Field(string name, string label, FieldKind kind = FieldKind.Text, string? hint = null, IReadOnlyList<FieldOption>? options = null, string? width = null) =>
        new(name, label, kind, Values, Errors.For(FieldView.AnchorFor(name, kind)) ?? Errors.For(FieldIds.For(name) + "-time"), hint, options, width);
}
