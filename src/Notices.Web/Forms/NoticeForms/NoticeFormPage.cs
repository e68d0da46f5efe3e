using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Notices.Domain.Notices;
using Notices.Workflow.Events;
using Notices.Workflow.Projections;
using Notices.Workflow.Runtime;
using Notices.Web.Api;

namespace Notices.Web.Forms.NoticeForms;

/// <summary>
/// The form for a notice, new or a draft: its questions come from <see cref="NoticeFormLayout"/>, its
/// errors from the form's own reading, the notice JSON's reader, and the domain's validation when it is
/// submitted, each linked to the input it concerns.
/// </summary>
internal abstract class NoticeFormPage(NoticesApiClient api, TimeProvider clock, IOptions<FormsOptions> options)
    : WorkflowPage(api, clock, options)
{
    public const string SaveAction = "save";
    public const string SubmitAction = "submit";

    public ProcurementView Procurement { get; protected set; } = null!;

    public NoticeType Type { get; protected set; }

    /// <summary>The draft's key once it exists; the form then posts to the draft's own page.</summary>
    public string? Key { get; protected set; }

    public JsonObject Json { get; protected set; } = [];

    public IReadOnlyList<NoticeSection> Sections { get; protected set; } = [];

    /// <summary>The sections' fields, as the form shows them.</summary>
    public override IReadOnlyList<string> InputOrder => FieldIds.InOrder(Sections.SelectMany(s => s.Fields).Select(f => (f.Path, f.Kind)));

    public FieldView Field(NoticeField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Field(field.Path, field.Label, field.Kind, field.Hint, field.ShownOptions, field.Kind == FieldKind.Text ? "govuk-!-width-two-thirds" : null);
    }

    protected void Show(JsonObject content)
    {
        Json = content;
        Sections = NoticeFormLayout.For(Type, content);
        Values = NoticeFormBinder.ToValues(content, Sections);
    }

    /// <summary>Reads the posted form over <paramref name="start"/>; the notice JSON, or null when something could not be read.</summary>
    protected string? Read(JsonObject start)
    {
        Json = start;
        Sections = NoticeFormLayout.For(Type, start);
        Values = FormValues.From(Request.Form);
        NoticeFormBinder.Apply(Json, Sections, Input, Errors);
        if (Errors.Any)
        {
            return null;
        }

        var json = Json.ToJsonString();
        try
        {
            NoticeJson.Deserialize(json);
            return json;
        }
        catch (NoticeFormatException e)
        {
            Errors.Add(Anchor(e.Field), e.Problem);
            return null;
        }
    }

    protected string Anchor(string? path) => NoticeFormLayout.AnchorFor(Sections, path is "type" or "content" or "noticeKey" ? null : path);

    /// <summary>Submits the draft; on refusal the page shows why, field by field.</summary>
    protected async Task<IActionResult> SubmitAsync(string key)
    {
        var result = await Api.SubmitNoticeAsync(Procurement.Id.Value, key, Aborted);
        if (!result.Succeeded)
        {
            Refused(result, Anchor);
            return Page();
        }

        return RedirectToPage("/Procurements/Show", new { id = Procurement.Id.Value });
    }

    protected static string? DraftedKey(CommandResult result) =>
        result.Events.OfType<NoticeDrafted>().Select(e => e.NoticeKey).FirstOrDefault();
}
