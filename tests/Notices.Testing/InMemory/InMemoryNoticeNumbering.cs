using Notices.Workflow.Publishing;

namespace Notices.Testing.InMemory;

/// <summary>Numbers from a counter per series, in memory, each assigned once to its key.</summary>
public sealed class InMemoryNoticeNumbering : INoticeNumbering
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, long> last = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Series, string Key), long> assigned = [];

    public Task<long> AssignAsync(string series, string key, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!assigned.TryGetValue((series, key), out var number))
            {
                number = last.GetValueOrDefault(series) + 1;
                last[series] = number;
                assigned[(series, key)] = number;
            }

            return Task.FromResult(number);
        }
    }
}
