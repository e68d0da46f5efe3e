namespace Notices.Workflow.Publishing;

/// <summary>
/// Hands out numbers, unique within a series: one series per year for notice ids (the <c>nnnnnn</c> of
/// <c>nnnnnn-yyyy</c>), and one for procurement ocids. Each number is assigned to a key once: asking again for
/// the same key returns the same number, so a publication delivered twice never uses up a second one.
/// </summary>
public interface INoticeNumbering
{
    /// <summary>The number already assigned to <paramref name="key"/> in <paramref name="series"/>, or else the next one, now assigned to it.</summary>
    Task<long> AssignAsync(string series, string key, CancellationToken cancellationToken);
}
