using System.Text;
using System.Text.RegularExpressions;

namespace Notices.Redaction.Matching;

/// <summary>One occurrence of a redaction's text in a string.</summary>
internal readonly record struct PhraseMatch(int Index, int Length, Redaction Redaction);

/// <summary>
/// Finds every redaction's text in a string, all redactions in one pass. Case is ignored and the
/// whitespace inside a phrase matches any whitespace run (a space, a line break, a tab, a
/// non-breaking space), because a phrase typed by the commissioner is often wrapped or split
/// differently in the file. Longer phrases win where two overlap.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Redaction[] _redactions;
    private readonly Regex _regex;

    public PhraseMatcher(IEnumerable<Redaction> redactions)
    {
        _redactions = redactions.OrderByDescending(r => r.Text.Trim().Length).ToArray();
        if (_redactions.Length == 0) throw new ArgumentException("At least one redaction is needed.", nameof(redactions));
        var pattern = new StringBuilder();
        for (var i = 0; i < _redactions.Length; i++)
        {
            if (i > 0) pattern.Append('|');
            pattern.Append("(?<r").Append(i).Append('>').Append(PatternFor(_redactions[i].Text)).Append(')');
        }
        _regex = new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    private static string PatternFor(string text) =>
        string.Join(@"\s+", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    /// <summary>Quick test before the more expensive rewriting of a paragraph.</summary>
    public bool AnyIn(string text) => _regex.IsMatch(text);

    public List<PhraseMatch> Matches(string text, DocumentLocation location) => Matches(text, _ => location);

    /// <summary>Matches in a text whose place varies along it (a plain-text file's lines).</summary>
    public List<PhraseMatch> Matches(string text, Func<int, DocumentLocation> locationAt)
    {
        var found = new List<PhraseMatch>();
        for (var m = _regex.Match(text); m.Success; m = m.NextMatch())
        {
            var redaction = WhichRedaction(m);
            if (redaction.OnlyAt is null || AppliesAt(redaction, locationAt(m.Index))) found.Add(new PhraseMatch(m.Index, m.Length, redaction));
        }
        return found;
    }

    /// <summary>Replaces each occurrence with its ground's marker, recording each one.</summary>
    public string Replace(string text, DocumentLocation location, List<RedactedPassage> report)
    {
        var matches = Matches(text, location);
        if (matches.Count == 0) return text;
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var match in matches)
        {
            result.Append(text, at, match.Index - at).Append(WithholdingGroundText.Marker(match.Redaction.Ground));
            report.Add(new RedactedPassage(text.Substring(match.Index, match.Length), match.Redaction.Ground, location));
            at = match.Index + match.Length;
        }
        return result.Append(text, at, text.Length - at).ToString();
    }

    private Redaction WhichRedaction(Match m)
    {
        for (var i = 0; i < _redactions.Length; i++)
        {
            if (m.Groups[i + 1].Success) return _redactions[i];
        }
        throw new InvalidOperationException("A match belongs to no redaction.");
    }

    private static bool AppliesAt(Redaction redaction, DocumentLocation location) =>
        redaction.OnlyAt is not { } only
        || (string.Equals(only.Part, location.Part, StringComparison.OrdinalIgnoreCase)
            && only.Page == location.Page && only.Paragraph == location.Paragraph);

    /// <summary>Checks a request's redactions, refusing the first unusable one by its position.</summary>
    public static PhraseMatcher For(IReadOnlyList<Redaction> redactions)
    {
        ArgumentNullException.ThrowIfNull(redactions);
        if (redactions.Count == 0)
            throw new ContractFileRefusedException(RefusalReason.InvalidRedaction, "Redactions: the list is empty; choose at least one passage to redact.");
        for (var i = 0; i < redactions.Count; i++)
        {
            if (redactions[i] is null)
                throw new ContractFileRefusedException(RefusalReason.InvalidRedaction, $"Redactions[{i}]: missing.");
            if (redactions[i].Problem() is { } problem)
                throw new ContractFileRefusedException(RefusalReason.InvalidRedaction, $"Redactions[{i}].{problem}");
        }
        return new PhraseMatcher(redactions);
    }
}
