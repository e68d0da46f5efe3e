using Microsoft.DurableTask.Client;

namespace NoticeFunctions;

/// <summary>
/// The Durable client, as the first HTTP function's <c>[DurableClient]</c> binding gave it. The binding hands out one
/// client per task hub and connection, so every function sets the same one.
/// </summary>
internal sealed class DurableClientHolder
{
    private DurableTaskClient? _client;

    public DurableTaskClient Client => _client
        ?? throw new InvalidOperationException("The Durable client is not set yet: only an HTTP function with a [DurableClient] binding sends commands.");

    public void Set(DurableTaskClient client) => Interlocked.CompareExchange(ref _client, client, null);
}
