using System.Net.Http.Headers;
using Notices.Api.Security;

namespace Notices.Web.Api;

/// <summary>
/// Sends each API call as the person signed in to the forms, so the API decides who may do what and records who did
/// it. In Azure, App Service Authentication's token store gives the forms the person's access token for the API
/// (<c>X-MS-TOKEN-AAD-ACCESS-TOKEN</c>), sent on as a bearer token for the API's own App Service Authentication to
/// check. Locally, the development sign-in's cookie is sent on, which the local host's API reads as the forms do.
/// Nothing else of the person's request (other cookies, the anti-forgery token) goes to the API.
/// </summary>
internal sealed class SignedInPersonForwarding(IHttpContextAccessor accessor) : DelegatingHandler
{
    /// <summary>Where App Service Authentication's token store puts the signed-in person's access token.</summary>
    public const string AccessTokenHeader = "X-MS-TOKEN-AAD-ACCESS-TOKEN";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (accessor.HttpContext?.Request is { } person)
        {
            if (person.Headers[AccessTokenHeader].ToString() is { Length: > 0 } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            else if (DevelopmentCookies(person) is { Length: > 0 } cookies)
            {
                request.Headers.Add("Cookie", cookies);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }

    // Taken from the header as sent, so the values go on byte for byte. The cookie authentication handler splits a
    // large cookie into chunks named after it (…C1, …C2).
    private static string DevelopmentCookies(HttpRequest person) => string.Join("; ", person.Headers.Cookie
        .SelectMany(header => (header ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .Where(cookie => cookie.StartsWith(SignInExtensions.DevelopmentCookieName, StringComparison.Ordinal)));
}
