using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Web.Forms.NoticeForms;
using Notices.Api.Security;
using Notices.Workflow.State;
using Notices.Web.Api;
using Notices.Api;
using System.Text.Json;

namespace Notices.Web.Pages.Drafting;

/// <summary>A notice of a procurement: its form while it is a draft (for commissioners), otherwise what it says and where it is.</summary>
internal sealed class EditNoticeModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : NoticeFormPage(api, clock, options)
{
    public NoticeState Notice { get; private set; } = null!;

    public bool Editable => Notice is DraftNoticeState && User.IsInRole(Roles.Commissioner);

    public async Task<IActionResult> OnGetAsync(string id, string key)
    {
        if (!await LoadAsync(id, key))
        {
            return NotFound();
        }

        Show(Parse(Notice.Content));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string key, string? action)
    {
        if (!await LoadAsync(id, key))
        {
            return NotFound();
        }

        if (!User.IsInRole(Roles.Commissioner))
        {
            return Forbid();
        }

        if (Read(Parse(Notice.Content)) is not { } json)
        {
            return Page();
        }

        if (json != Parse(Notice.Content).ToJsonString())
        {
            using var content = JsonDocument.Parse(json);
            var amended = await Api.AmendNoticeAsync(Procurement.Id.Value, key, new AmendNoticeRequest(content.RootElement), Aborted);
            if (!amended.Succeeded)
            {
                Refused(amended, Anchor);
                return Page();
            }
        }

        return action == SubmitAction ? await SubmitAsync(key) : RedirectToPage("/Procurements/Show", new { id });
    }

    private async Task<bool> LoadAsync(string id, string key)
    {
        if (await FindAsync(id) is not { } procurement || !procurement.State.Notices.TryGetValue(key, out var notice))
        {
            return false;
        }

        Procurement = procurement;
        Notice = notice;
        Type = notice.Type;
        Key = key;
        return true;
    }

    private static JsonObject Parse(string content) => JsonNode.Parse(content) as JsonObject ?? [];
}
