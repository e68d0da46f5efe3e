using Notices.Storage;
using Notices.Storage.Local;
using Xunit;

namespace Notices.Testing;

/// <summary>
/// One Azurite per test process, started by the first test class that needs it (installing the pinned
/// npm packages first if they are missing) and stopped when the process exits. Use it as a class
/// fixture: <c>public sealed class MyTests(AzuriteFixture azurite) : IClassFixture&lt;AzuriteFixture&gt;</c>.
/// Tests share the instance, so each must use its own names (see <see cref="UniqueName"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<(AzuriteProcess Process, StorageAccount Account)>> Shared = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private AzuriteProcess? _process;
    private StorageAccount? _account;

    public AzuriteProcess Process => _process ?? throw NotStarted();

    /// <summary>The account on the shared Azurite: one pipeline for every test, as in the app.</summary>
    public StorageAccount Account => _account ?? throw NotStarted();

    public string ConnectionString => Process.ConnectionString;

    public async Task InitializeAsync()
    {
        (_process, _account) = await Shared.Value.ConfigureAwait(false);
    }

    // The shared instance outlives each test class; it stops when the test process exits.
    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(AzuriteProcess, StorageAccount)> StartAsync()
    {
        var process = await AzuriteProcess.StartAsync().ConfigureAwait(false);
        return (process, process.CreateAccount());
    }

    private static InvalidOperationException NotStarted() =>
        new("The Azurite fixture has not been initialised; use it through IClassFixture<AzuriteFixture>.");
}
