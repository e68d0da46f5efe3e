using Notices.Storage.Tables;
using Notices.Workflow.Publishing;

namespace Notices.Storage.Workflow;

/// <summary>
/// Notice numbers from a counter row per year, taken in blocks (guarded by the row's ETag) so that most
/// publications cost no write here. Numbers are unique; a block left unused by an instance that stops is a gap.
/// </summary>
public sealed class TableNoticeNumbering(TableClient register, int blockSize = 20) : INoticeNumbering, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<int, (long Next, long Limit)> blocks = [];

    public async Task<long> NextAsync(int year, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!blocks.TryGetValue(year, out var block) || block.Next >= block.Limit)
            {
                var first = await ReserveAsync(year, cancellationToken).ConfigureAwait(false);
                block = (first, first + blockSize);
            }

            blocks[year] = (block.Next + 1, block.Limit);
            return block.Next;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<long> ReserveAsync(int year, CancellationToken cancellationToken)
    {
        var pk = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
