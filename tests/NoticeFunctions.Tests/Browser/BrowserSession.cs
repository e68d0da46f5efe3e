using Microsoft.Playwright;

namespace NoticeFunctions.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright: headless, with no network of its own beyond the app, and a
/// fresh profile folder that is deleted afterwards. One window; <see cref="AsNewUserAsync"/> forgets
/// every cookie, so the next person signs in afresh, as on a shared computer.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly string _profile;

    private BrowserSession(IPlaywright playwright, IBrowserContext context, IPage page, string profile)
    {
        _playwright = playwright;
        _context = context;
        Page = page;
        _profile = profile;
    }

    public IPage Page { get; }

    public static async Task<BrowserSession> StartAsync(Uri baseUrl)
    {
        var profile = Directory.CreateTempSubdirectory("notice-functions-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = Arguments,
                BaseURL = baseUrl.ToString(),
                Locale = "en-GB",
            });
            context.SetDefaultTimeout(60_000);
            context.SetDefaultNavigationTimeout(60_000);
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            return new BrowserSession(playwright, context, page, profile);
        }
        catch
        {
            playwright.Dispose();
            Directory.Delete(profile, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Sends every request with <paramref name="headers"/>, as App Service Authentication adds the signed-in person's
    /// principal and token to each request it lets through.
    /// </summary>
    public async Task<IPage> AsSignedInAsync(IReadOnlyDictionary<string, string> headers)
    {
        await _context.SetExtraHTTPHeadersAsync(headers);
        return Page;
    }

    /// <summary>Forgets who was signed in: the next sign-in is someone else's.</summary>
    public async Task<IPage> AsNewUserAsync()
    {
        await _context.ClearCookiesAsync();
        return Page;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of its profile; the folder is in the temp directory.
        }
    }
}
