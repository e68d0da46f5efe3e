namespace Notices.Api.Security;

/// <summary>How users are known to the app.</summary>
internal sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>
    /// Read the user from App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c> header. Only
    /// true behind App Service Authentication, which strips the header from incoming requests;
    /// anywhere else the header is whatever the caller wrote, so it is off unless set.
    /// </summary>
    public bool TrustAppServicePrincipal { get; set; }

    /// <summary>The development sign-in page; the app refuses to start with it outside Development.</summary>
    public bool DevelopmentSignIn { get; set; }

    /// <summary>The people the development sign-in offers.</summary>
    public List<DevelopmentUser> DevelopmentUsers { get; set; } = [];
}

internal sealed class DevelopmentUser
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
