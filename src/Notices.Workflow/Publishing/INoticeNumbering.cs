namespace Notices.Workflow.Publishing;

/// <summary>
/// Hands out numbers, unique within a series: one series per year for notice ids (the <c>nnnnnn</c> of
/// <c>nnnnnn-yyyy</c>), and one for procurement ocids.
/// </summary>
public interface INoticeNumbering
{
    Task<long> NextAsync(string series, CancellationToken cancellationToken);
}
