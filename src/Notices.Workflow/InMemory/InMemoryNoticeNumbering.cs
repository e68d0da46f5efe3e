using System.Collections.Concurrent;
using Notices.Workflow.Publishing;

namespace Notices.Workflow.InMemory;

/// <summary>Notice numbers from a counter per year, in memory.</summary>
public sealed class InMemoryNoticeNumbering : INoticeNumbering
{
    private readonly ConcurrentDictionary<int, long> last = new();

    public Task<long> NextAsync(int year, CancellationToken cancellationToken) =>
        Task.FromResult(last.AddOrUpdate(year, 1, (_, n) => n + 1));
}
