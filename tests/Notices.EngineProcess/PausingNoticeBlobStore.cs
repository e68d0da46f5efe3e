using Notices.Workflow.Publishing;

namespace Notices.EngineProcess;

/// <summary>
/// Writes a release, then says so in the marker file and never returns: the publication activity is caught at its
/// most delicate moment (the number taken and the release written, nothing yet recorded), for the test to kill the process.
/// </summary>
internal sealed class PausingNoticeBlobStore(INoticeBlobStore inner, string marker) : INoticeBlobStore
{
    public async Task<bool> CreateAsync(string name, string json, CancellationToken cancellationToken)
    {
        await inner.CreateAsync(name, json, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(marker, name, cancellationToken).ConfigureAwait(false);
        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        throw new InvalidOperationException("Unreachable: the process is killed while the publication waits.");
    }

    public Task<string?> ReadAsync(string name, CancellationToken cancellationToken) => inner.ReadAsync(name, cancellationToken);
}
