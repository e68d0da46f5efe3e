using System.Text.RegularExpressions;
using Notices.Redaction;
using Notices.Storage.Contracts;
using Notices.Workflow.ContractCopies;
using Notices.Workflow.State;

namespace Notices.Api.ContractCopies;

/// <summary>A run of text; <see cref="Ground"/> is set where it is withheld (original side) or where its marker stands (redacted side).</summary>
internal sealed record ReviewSegment(string Text, string? Ground = null);

/// <summary>One paragraph (or line) of the contract: as uploaded, and as it reads in the redacted copy.</summary>
internal sealed record ReviewRow(string Place, IReadOnlyList<ReviewSegment> Original, IReadOnlyList<ReviewSegment> Redacted);

/// <summary>
/// The approver's view of a contract copy: the original and the redacted copy side by side, paragraph by
/// paragraph, with the withheld passages and the markers that replace them marked. Only the paragraphs that
/// differ are marked; every paragraph is listed so nothing is hidden from the approver.
/// </summary>
internal sealed partial record ContractCopyReview(
    string CopyKey, ContractCopyStage Stage, string OriginalFileName, int Passages, string Statement,
    IReadOnlyList<ChosenRedaction> Redactions, IReadOnlyList<ReviewRow> Rows)
{
    public static async Task<ContractCopyReview> BuildAsync(ContractOriginalStore files, ContractCopyState copy, CancellationToken cancellationToken)
    {
        var upload = copy.Upload ?? throw new InvalidOperationException($"Contract copy {copy.Key} has no upload to review.");
        var redactions = copy.Redactions ?? [];
        var original = ContractRedactor.ReadText(await files.OpenAsync(upload.BlobName, upload.Format, cancellationToken).ConfigureAwait(false));
        var redacted = copy.Redacted is { } r
            ? ContractRedactor.ReadText(await files.OpenAsync(r.BlobName, upload.Format, cancellationToken).ConfigureAwait(false))
            : [];
        var redactedByPlace = redacted.GroupBy(b => b.Location.ToString()).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(b => b.Text)));
        var rows = original.Select(block =>
        {
            var place = block.Location.ToString();
            var after = redactedByPlace.GetValueOrDefault(place);
            return new ReviewRow(place, MarkWithheld(block, redactions), after is null ? [] : MarkMarkers(after));
        }).ToList();
        return new ContractCopyReview(
            copy.Key, copy.Stage, upload.OriginalFileName, copy.Redacted?.Passages ?? 0, copy.Redacted?.Statement ?? "", redactions, rows);
    }

    /// <summary>The original paragraph with each chosen passage marked, matched as the redaction matches it (any case, any whitespace).</summary>
    private static List<ReviewSegment> MarkWithheld(TextBlock block, IReadOnlyList<ChosenRedaction> redactions)
    {
        var hits = new List<(int Start, int End, string Ground)>();
        foreach (var redaction in redactions)
        {
            if (redaction.OnlyAt is { } at && (at.Part != block.Location.Part || at.Page != block.Location.Page || at.Paragraph != block.Location.Paragraph))
            {
                continue;
            }

            var pattern = string.Join(@"\s+", redaction.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
            foreach (Match m in Regex.Matches(block.Text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            {
                hits.Add((m.Index, m.Index + m.Length, WithholdingGroundText.Label(redaction.Ground)));
            }
        }

        var segments = new List<ReviewSegment>();
        var at0 = 0;
        foreach (var (start, end, ground) in hits.OrderBy(h => h.Start))
        {
            if (start < at0)
            {
                continue;
            }

            if (start > at0)
            {
                segments.Add(new ReviewSegment(block.Text[at0..start]));
            }

            segments.Add(new ReviewSegment(block.Text[start..end], ground));
            at0 = end;
        }

        if (at0 < block.Text.Length || segments.Count == 0)
        {
            segments.Add(new ReviewSegment(block.Text[at0..]));
        }

        return segments;
    }

    /// <summary>The redacted paragraph with each <c>[REDACTED: ground]</c> marker marked.</summary>
    private static List<ReviewSegment> MarkMarkers(string text)
    {
        var segments = new List<ReviewSegment>();
        var at = 0;
        foreach (Match m in MarkerPattern().Matches(text))
        {
            if (m.Index > at)
            {
                segments.Add(new ReviewSegment(text[at..m.Index]));
            }

            segments.Add(new ReviewSegment(m.Value, m.Groups[1].Value));
            at = m.Index + m.Length;
        }

        if (at < text.Length || segments.Count == 0)
        {
            segments.Add(new ReviewSegment(text[at..]));
        }

        return segments;
    }

    [GeneratedRegex(@"\[REDACTED: ([a-z ]+)\]")]
    private static partial Regex MarkerPattern();
}
