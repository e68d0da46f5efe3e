using Microsoft.Extensions.Time.Testing;
using Notices.Azurite;
using Notices.LocalHost;

namespace NoticeFunctions.Tests.Support;

/// <summary>
/// The two apps as Azure runs them: the API (the local host's composition, on the Durable engine over Azurite) behind
/// App Service Authentication's stand-in, and the forms' web app calling it, also as if behind App Service
/// Authentication (a request brings the person's principal and their token for the API, see <see cref="HeadersFor"/>).
/// </summary>
internal sealed class WebAppAndApi : IAsyncDisposable
{
    private WebAppAndApi(TestApp api, WebAppHost web, AppServiceAuthenticationStandIn apiAuthentication)
    {
        Api = api;
        Web = web;
        ApiAuthentication = apiAuthentication;
    }

    public TestApp Api { get; }

    public WebAppHost Web { get; }

    public AppServiceAuthenticationStandIn ApiAuthentication { get; }

    public static async Task<WebAppAndApi> StartAsync(AzuriteProcess? azurite = null, FakeTimeProvider? clock = null)
    {
        var authentication = new AppServiceAuthenticationStandIn();
        var api = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["SignIn:DevelopmentSignIn"] = "false", ["SignIn:TrustAppServicePrincipal"] = "true" },
            environment: "Production",
            azurite: azurite,
            clock: clock,
            pipeline: app =>
            {
                authentication.Use(app);
                app.UseLocalHost();
            });
        try
        {
            return new WebAppAndApi(api, await WebAppHost.StartAsync(api.Address, ApiJourney.BuyerId, ApiJourney.BuyerName), authentication);
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The headers App Service Authentication adds to a request to the web app for a person signed in with the token
    /// store on: their principal, and an access token for the API that the API's stand-in will take as them.
    /// </summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string id, string name, params string[] roles)
    {
        var principal = AppServiceAuthenticationStandIn.Principal(id, name, roles);
        return new Dictionary<string, string>
        {
            ["X-MS-CLIENT-PRINCIPAL"] = principal,
            [Notices.Web.Api.SignedInPersonForwarding.AccessTokenHeader] = ApiAuthentication.Issue(principal),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        await Api.DisposeAsync();
    }
}
