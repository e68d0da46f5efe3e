namespace Notices.Workflow.Publishing;

/// <summary>Hands out notice numbers, unique within a year (the <c>nnnnnn</c> of <c>nnnnnn-yyyy</c>).</summary>
public interface INoticeNumbering
{
    Task<long> NextAsync(int year, CancellationToken cancellationToken);
}
