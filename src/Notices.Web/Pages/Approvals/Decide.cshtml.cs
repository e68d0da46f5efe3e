using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Web.Forms.NoticeForms;
using Notices.Api.Security;
using Notices.Workflow.State;
using Notices.Web.Api;
using Notices.Api;

namespace Notices.Web.Pages.Approvals;

/// <summary>
/// One notice waiting for approval, as it will be published: approve it, reject it with the reason, or
/// declare a conflict of interest so that someone else decides. Approving or rejecting confirms no conflict.
/// </summary>
[Authorize(Policy = Policies.Approver)]
internal sealed class DecideModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : NoticeFormPage(api, clock, options)
{
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Conflict = "conflict";

    public static IReadOnlyList<FieldOption> Decisions { get; } =
    [
        new(Approve, "Approve it for publication"),
        new(Reject, "Reject it and send it back to the commissioner"),
        new(Conflict, "Declare a conflict of interest, so that someone else decides"),
    ];

    private static readonly (string, FieldKind)[] Inputs =
        [("decision", FieldKind.Radios), ("reason", FieldKind.TextArea), ("conflictDetails", FieldKind.TextArea), ("noConflictOfInterest", FieldKind.Checkbox)];

    /// <summary>The decision's own inputs: the notice above them is shown, not edited.</summary>
    public override IReadOnlyList<string> InputOrder => FieldIds.InOrder(Inputs);

    public AwaitingApprovalState? Waiting { get; private set; }

    public NoticeState Notice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, string key)
    {
        if (!await LoadAsync(id, key))
        {
            return NotFound();
        }

        var form = Values;
        Show(JsonNode.Parse(Notice.Content) as JsonObject ?? []);
        Copy(form);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string key)
    {
        if (!await LoadAsync(id, key))
        {
            return NotFound();
        }

        var posted = FormValues.From(Request.Form);
        Show(JsonNode.Parse(Notice.Content) as JsonObject ?? []);
        Copy(posted);
        var reason = posted.Text("reason");
        var details = posted.Text("conflictDetails");
        var noConflict = posted.Text("noConflictOfInterest") == "true";
        var request = posted.Text("decision") switch
        {
            Approve => new ApprovalRequest("approve", NoConflictOfInterest: noConflict),
            Reject when reason is not null => new ApprovalRequest("reject", reason, noConflict),
            Reject => Missing("reason", "Enter why the notice is rejected, so the commissioner can put it right"),
            Conflict when details is not null => new ApprovalRequest("declare-conflict", ConflictOfInterest: details),
            Conflict => Missing("conflictDetails", "Describe your conflict of interest"),
            _ => Missing("decision", "Select whether you approve or reject the notice, or declare a conflict of interest"),
        };
        if (request is null)
        {
            return Page();
        }

        var result = await Api.DecideNoticeAsync(Procurement.Id.Value, key, request, Aborted);
        if (!result.Succeeded)
        {
            Refused(result, field => FieldAnchors.For(Inputs, field switch
            {
                "details" or "conflictOfInterest" => "conflictDetails",
                "reason" or "noConflictOfInterest" => field,
                _ => "decision",
            }));
            return Page();
        }

        return RedirectToPage("/Approvals/Index");
    }

    private ApprovalRequest? Missing(string field, string message)
    {
        Errors.Add(field, message);
        return null;
    }

    // The decision's own fields sit beside the notice's (shown read-only) in one set of values.
    private void Copy(FormValues from)
    {
        foreach (var (name, _) in Inputs)
        {
            Values.Set(name, from.Get(name));
        }
    }

    private async Task<bool> LoadAsync(string id, string key)
    {
        if (await FindAsync(id) is not { } procurement || !procurement.State.Notices.TryGetValue(key, out var notice))
        {
            return false;
        }

        Procurement = procurement;
        Notice = notice;
        Waiting = notice as AwaitingApprovalState;
        Type = notice.Type;
        Key = key;
        return true;
    }
}
