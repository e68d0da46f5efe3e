using Notices.Azurite;
using Notices.Storage;
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
    private static readonly Lazy<Task<(AzuriteProcess Process, StorageServices Storage)>> Shared = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private AzuriteProcess? _process;
    private StorageServices? _storage;

    public AzuriteProcess Process => _process ?? throw NotStarted();

    /// <summary>The SDK's service clients on the shared Azurite: one set for every test, as in the app.</summary>
    public StorageServices Storage => _storage ?? throw NotStarted();

    /// <summary>The connection string of the shared Azurite, for a test that builds its own clients or app.</summary>
    public string ConnectionString => Process.ConnectionString;

    public async Task InitializeAsync()
    {
        (_process, _storage) = await Shared.Value.ConfigureAwait(false);
    }

    // The shared instance outlives each test class; it stops when the test process exits.
    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(AzuriteProcess, StorageServices)> StartAsync()
    {
        var process = await AzuriteProcess.StartAsync().ConfigureAwait(false);
        return (process, StorageServices.FromConnectionString(process.ConnectionString));
    }

    private static InvalidOperationException NotStarted() =>
        new("The Azurite fixture has not been initialised; use it through IClassFixture<AzuriteFixture>.");
}
