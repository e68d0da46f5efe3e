using System.Collections.Concurrent;
using Notices.Workflow.Publishing;

namespace Notices.Workflow.InMemory;

/// <summary>Numbers from a counter per series, in memory.</summary>
public sealed class InMemoryNoticeNumbering : INoticeNumbering
{
    private readonly ConcurrentDictionary<string, long> last = new(StringComparer.Ordinal);

    public Task<long> NextAsync(string series, CancellationToken cancellationToken) =>
        Task.FromResult(last.AddOrUpdate(series, 1, (_, n) => n + 1));
}
