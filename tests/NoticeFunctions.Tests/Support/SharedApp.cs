using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests.Support;

/// <summary>
/// One app for a whole test class, on the shared Azurite (under its own names), with one signed-in
/// client per development user. For classes whose tests only read, or write procurements of their own.
/// </summary>
public sealed class SharedApp : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private readonly Dictionary<string, WebClient> _clients = new(StringComparer.Ordinal);

    internal TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        App = await TestApp.StartAsync(azurite: _azurite.Process);
    }

    /// <summary>A client signed in as the user with their usual roles, or nobody for an empty id.
    /// (xunit runs one class's tests one at a time, so the cache needs no lock.)</summary>
    internal async Task<WebClient> ClientAsync(string userId)
    {
        if (!_clients.TryGetValue(userId, out var client))
        {
            client = userId.Length == 0 ? App.Client() : await App.SignInAsync(userId);
            _clients[userId] = client;
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
