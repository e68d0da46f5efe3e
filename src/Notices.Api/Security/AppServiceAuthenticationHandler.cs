using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Notices.Api.Security;

/// <summary>
/// Reads the user App Service Authentication signed in. Registered only when
/// <see cref="SignInOptions.TrustAppServicePrincipal"/> is set: App Service strips any
/// <c>X-MS-CLIENT-PRINCIPAL</c> a caller sends, so behind it the header can be believed and nowhere else.
/// </summary>
internal sealed class AppServiceAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AppService";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers[ClientPrincipal.Header].ToString();
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var principal = ClientPrincipal.Decode(header)?.ToPrincipal(Request.Headers[ClientPrincipal.IdHeader].FirstOrDefault(), SchemeName);
        return Task.FromResult(principal is null
            ? AuthenticateResult.Fail($"{ClientPrincipal.Header} is not a principal this app can read.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}

/// <summary>The scheme in force when no sign-in is configured: nobody is signed in.</summary>
internal sealed class NoSignInAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "NoSignIn";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
}
