using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Notices.Testing;

namespace NoticeFunctions.Tests.Support;

/// <summary>An HTTP client that behaves as a browser does for forms: it keeps cookies, reads the
/// anti-forgery token from the form it fetched, and posts the form back.</summary>
internal sealed class WebClient : IDisposable
{
    private readonly HttpClient _http;

    public WebClient(Uri address)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
        };
    }

    /// <summary>A client the caller made, which keeps cookies and does not follow redirects itself.</summary>
    public WebClient(HttpClient http) => _http = http;

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode}: {body}");
        }

        return body;
    }

    /// <summary>Fetches the page at <paramref name="formPath"/>, then posts its form with the given fields and the page's anti-forgery token.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string formPath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var page = await GetPageAsync(formPath).ConfigureAwait(false);
        var token = AntiforgeryTokens.From(page);
        var all = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await _http.PostAsync(new Uri(postPath ?? formPath, UriKind.Relative), new FormUrlEncodedContent(all)).ConfigureAwait(false);
    }

    public async Task SignInAsync(string userId, IEnumerable<string> roles)
    {
        var fields = new List<KeyValuePair<string, string>> { new("UserId", userId) };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        using var response = await SubmitFormAsync("/dev/sign-in", fields).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new HttpRequestException($"Signing in as {userId} answered {(int)response.StatusCode}.");
        }
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, string contentType = "application/json") =>
        _http.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)));

    public void Dispose() => _http.Dispose();
}
