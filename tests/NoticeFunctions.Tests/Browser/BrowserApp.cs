using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using NoticeFunctions.Tests.Support;
using Notices.Testing;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>The browser tests run one at a time: they share the shared Azurite, and chromium is heavy on a small machine.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Browser";
}

/// <summary>The app on a free port against the shared Azurite, with a manual clock, and chromium to drive it.</summary>
internal sealed class BrowserApp : IAsyncDisposable
{
    private BrowserApp(TestApp app, BrowserSession browser, string buyerId)
    {
        App = app;
        Browser = browser;
        BuyerId = buyerId;
    }

    public TestApp App { get; }

    public BrowserSession Browser { get; }

    /// <summary>This app's contracting authority: its own, so its lists hold only what its test made.</summary>
    public string BuyerId { get; }

    public FakeTimeProvider Clock => App.Clock;

    public static async Task<BrowserApp> StartAsync(AzuriteFixture azurite, int pageSize = 20)
    {
        var buyerId = "GB-PPON-" + RandomPpon();
        var app = await TestApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["Authority:BuyerId"] = buyerId,
                ["Authority:BuyerName"] = "Westshire County Council",
                ["Forms:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            azurite: azurite.Process,
            clock: new FakeTimeProvider(new DateTimeOffset(2026, 1, 13, 9, 0, 0, TimeSpan.Zero)));
        try
        {
            return new BrowserApp(app, await BrowserSession.StartAsync(app.Address), buyerId);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    // A PPON is four letters, four digits and four letters, such as PABC-1234-WXYZ.
    private static string RandomPpon()
    {
        static string Pick(string from, int count) =>
            new(Enumerable.Range(0, count).Select(_ => from[System.Security.Cryptography.RandomNumberGenerator.GetInt32(from.Length)]).ToArray());
        return $"{Pick("ABCDEFGHJKLMNPQRSTUVWXYZ", 4)}-{Pick("0123456789", 4)}-{Pick("ABCDEFGHJKLMNPQRSTUVWXYZ", 4)}";
    }

    public Task<IPage> NewUserAsync() => Browser.AsNewUserAsync();

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.DisposeAsync();
    }
}
