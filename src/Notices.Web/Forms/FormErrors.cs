using Microsoft.AspNetCore.Mvc.ModelBinding;
using Notices.Workflow.Procurements;

namespace Notices.Web.Forms;

/// <summary>
/// A page's errors, kept in its ModelState under the id of the input each concerns, so the error
/// summary links straight to that input and the field shows its own message.
/// </summary>
internal sealed class FormErrors(ModelStateDictionary state)
{
    // ModelState lists its entries by key (shortest first), not as they were added; this keeps that order.
    private readonly List<string> _added = [];

    public bool Any => state.ErrorCount > 0;

    public void Add(string fieldNameOrId, string message)
    {
        var id = FieldIds.For(fieldNameOrId);
        if (For(id) != message)
        {
            state.AddModelError(id, message);
            _added.Add(id);
        }
    }

    /// <summary>The first message for the input with <paramref name="id"/>, or null.</summary>
    public string? For(string id) =>
        state.TryGetValue(FieldIds.For(id), out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>
    /// Every message with the id of the input it concerns, in the order of <paramref name="inputIds"/> (the page's
    /// inputs, top to bottom), so the error summary reads as the page does; messages about ids not in it come
    /// after, in the order they were added here (and any put in the ModelState directly after those).
    /// </summary>
    public IReadOnlyList<(string Id, string Message)> InPageOrder(IReadOnlyList<string> inputIds)
    {
        ArgumentNullException.ThrowIfNull(inputIds);
        var place = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < inputIds.Count; i++)
        {
            place.TryAdd(inputIds[i], i);
        }

        var added = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _added.Count; i++)
        {
            added.TryAdd(_added[i], i);
        }

        return [.. state
            .Select(entry => (Id: FieldIds.For(entry.Key), Messages: entry.Value?.Errors.Select(e => e.ErrorMessage) ?? []))
            .OrderBy(entry => place.TryGetValue(entry.Id, out var at) ? at : int.MaxValue)
            .ThenBy(entry => added.TryGetValue(entry.Id, out var at) ? at : int.MaxValue)
            .SelectMany(entry => entry.Messages.Select(message => (entry.Id, message)))];
    }

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
