using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Web.Forms;
using Notices.Web.Forms.NoticeForms;
using Notices.Api.Security;
using Notices.Domain.Notices;
using Notices.Web.Api;
using Notices.Api;
using System.Text.Json;

namespace Notices.Web.Pages.Drafting;

/// <summary>A new notice of one type, pre-filled from the procurement.</summary>
[Authorize(Policy = Policies.Commissioner)]
internal sealed class DraftNoticeModel(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : NoticeFormPage(api, clock, options)
{
    public async Task<IActionResult> OnGetAsync(string id, string type)
    {
        if (!await LoadAsync(id, type))
        {
            return NotFound();
        }

        Show(NoticePrefill.For(Type, Procurement.State, Today));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string type, string? action)
    {
        if (!await LoadAsync(id, type))
        {
            return NotFound();
        }

        if (Read(NoticePrefill.For(Type, Procurement.State, Today)) is not { } json)
        {
            return Page();
        }

        using var content = JsonDocument.Parse(json);
        var drafted = await Api.DraftNoticeAsync(Procurement.Id.Value, new DraftNoticeRequest(Type, content.RootElement), Aborted);
        if (!drafted.Succeeded || DraftedKey(drafted) is not { } key)
        {
            Refused(drafted, Anchor);
            return Page();
        }

        Key = key;
        return action == SubmitAction
            ? await SubmitAsync(key)
            : RedirectToPage("/Drafting/Edit", new { id, key });
    }

    private async Task<bool> LoadAsync(string id, string type)
    {
        if (!Enum.TryParse<NoticeType>(type, ignoreCase: true, out var noticeType) || !ChooseNoticeModel.Drafted.Contains(noticeType)
            || await FindAsync(id) is not { } procurement)
        {
            return false;
        }

        Type = noticeType;
        Procurement = procurement;
        return true;
    }
}
