using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Notices.Api.Hosting;
using Notices.Storage;

namespace Notices.Api.Security;

internal static class SignInExtensions
{
    public const string DevelopmentSignInPath = "/dev/sign-in";

    /// <summary>The development sign-in's cookie (the forms forward it to the API locally).</summary>
    public const string DevelopmentCookieName = "notice-functions-dev";

    /// <summary>
    /// Sign-in and roles: App Service Authentication in Azure (only when trusted), the development
    /// sign-in locally (only in Development), otherwise nobody. Every endpoint needs a signed-in user
    /// with a role unless it says otherwise.
    /// </summary>
    public static void AddSignIn(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SignInOptions.Section).Get<SignInOptions>() ?? new SignInOptions();
        if (options.DevelopmentSignIn && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"SignIn:DevelopmentSignIn is on but the environment is '{builder.Environment.EnvironmentName}': " +
                "the development sign-in lets anyone choose who they are, so it only runs in Development.");
        }

        if (options.DevelopmentSignIn && options.TrustAppServicePrincipal)
        {
            throw new InvalidOperationException(
                "SignIn:DevelopmentSignIn and SignIn:TrustAppServicePrincipal are both on: choose one way of signing in.");
        }

        builder.Services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section);

        var scheme = options switch
        {
            { TrustAppServicePrincipal: true } => AppServiceAuthenticationHandler.SchemeName,
            { DevelopmentSignIn: true } => CookieAuthenticationDefaults.AuthenticationScheme,
            _ => NoSignInAuthenticationHandler.SchemeName,
        };
        var authentication = builder.Services.AddAuthentication(scheme);
        switch (scheme)
        {
            case AppServiceAuthenticationHandler.SchemeName:
                authentication.AddScheme<AuthenticationSchemeOptions, AppServiceAuthenticationHandler>(scheme, null);
                break;
            case CookieAuthenticationDefaults.AuthenticationScheme:
                authentication.AddCookie(cookie =>
                {
                    cookie.LoginPath = DevelopmentSignInPath;
                    cookie.AccessDeniedPath = "/forbidden";
                    cookie.Cookie.Name = DevelopmentCookieName;
                    cookie.Cookie.HttpOnly = true;
                    cookie.Cookie.SameSite = SameSiteMode.Lax;
                    cookie.Events.OnRedirectToLogin = context => AnswerApiOrRedirect(context, StatusCodes.Status401Unauthorized);
                    cookie.Events.OnRedirectToAccessDenied = context => AnswerApiOrRedirect(context, StatusCodes.Status403Forbidden);
                });
                break;
            default:
                authentication.AddScheme<AuthenticationSchemeOptions, NoSignInAuthenticationHandler>(scheme, null);
                break;
        }

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(RoleHolder())
            .AddPolicy(Policies.Reader, RoleHolder())
            .AddPolicy(Policies.Commissioner, p => p.RequireRole(Roles.Commissioner))
            .AddPolicy(Policies.Approver, p => p.RequireRole(Roles.Approver))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ApproverOrAdministrator, p => p.RequireRole(Roles.Approver, Roles.Administrator))
            .AddPolicy(Policies.CommissionerOrAdministrator, p => p.RequireRole(Roles.Commissioner, Roles.Administrator));
    }

    /// <summary>
    /// Data Protection's keys in blob storage, shared by every instance of the local host, so anti-forgery tokens and
    /// the development sign-in's cookie survive restarts. (The web app in Azure keeps its keys where App Service keeps
    /// them for every instance, and stores nothing itself; the Function App sets no cookie.)
    /// </summary>
    public static void AddBlobKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName(KeyRingApplicationName);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            keys => keys.XmlRepository = new BlobXmlRepository(
                sp.GetRequiredService<StorageServices>().Blobs.GetBlobContainerClient(StorageResources.DataProtectionKeys))));
    }

    /// <summary>The name Data Protection isolates the service's keys under, the same in every host of the forms.</summary>
    public const string KeyRingApplicationName = "NoticeFunctions";

    private static AuthorizationPolicy RoleHolder() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.All).Build();

    // The JSON API answers with a status; pages send the browser to sign in or to the refusal page.
    private static Task AnswerApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
