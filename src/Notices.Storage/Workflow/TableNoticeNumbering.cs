using Notices.Storage.Tables;
using Notices.Workflow.Publishing;

namespace Notices.Storage.Workflow;

/// <summary>
/// Numbers from a counter row per series (a year of notice ids, or ocids), taken in blocks (guarded by the row's ETag) so that most
/// publications cost no write here. Numbers are unique; a block left unused by an instance that stops is a gap.
/// </summary>
public sealed class TableNoticeNumbering(TableClient register, int blockSize = 20) : INoticeNumbering, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, (long Next, long Limit)> blocks = new(StringComparer.Ordinal);

    public async Task<long> NextAsync(string series, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!blocks.TryGetValue(series, out var block) || block.Next >= block.Limit)
            {
                var first = await ReserveAsync(series, cancellationToken).ConfigureAwait(false);
                block = (first, first + blockSize);
            }

            blocks[series] = (block.Next + 1, block.Limit);
            return block.Next;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<long> ReserveAsync(string series, CancellationToken cancellationToken)
    {
        var pk = series;
        while (true)
        {
            var row = await register.GetEntityAsync(pk, "counter", cancellationToken: cancellationToken).ConfigureAwait(false);
            var first = row?.GetInt64("Next") ?? 1;
            var updated = new TableEntity(pk, "counter") { ["Next"] = first + blockSize };
            try
            {
                if (row is null)
                {
                    await register.AddEntityAsync(updated, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await register.UpdateEntityAsync(updated, row.ETag!, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return first;
            }
            catch (StorageException e) when (e.IsConflict || e.IsPreconditionFailed)
            {
                // Another instance took a block first: read again.
            }
        }
    }
}
