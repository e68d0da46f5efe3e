using Microsoft.AspNetCore.Mvc.ModelBinding;
using Notices.Workflow.Procurements;

namespace Notices.Web.Forms;

/// <summary>
/// A page's errors, kept in its ModelState under the id of the input each concerns, so the error
/// summary links straight to that input and the field shows its own message.
/// </summary>
internal sealed class FormErrors(ModelStateDictionary state)
{
    public bool Any => state.ErrorCount > 0;

    public void Add(string fieldNameOrId, string message)
    {
        var id = FieldIds.For(fieldNameOrId);
        if (For(id) != message)
        {
            state.AddModelError(id, message);
        }
    }

    /// <summary>The first message for the input with <paramref name="id"/>, or null.</summary>
    public string? For(string id) =>
        state.TryGetValue(FieldIds.For(id), out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The workflow's refusals, each under the input <paramref name="anchorFor"/> gives for its field and led by the lot or row it is about.</summary>
    public void Add(IEnumerable<Problem> problems, Func<string?, string> anchorFor)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(anchorFor);
        foreach (var problem in problems)
        {
            Add(anchorFor(problem.Field), RowLabels.Prefix(problem.Field, problem.Message));
        }
    }
}
