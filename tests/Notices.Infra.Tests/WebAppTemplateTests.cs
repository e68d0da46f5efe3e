using static Notices.Infra.Tests.Templates;

namespace Notices.Infra.Tests;

/// <summary>
/// The web app (the forms): ASP.NET Core on .NET 10 on a Linux App Service plan, its own identity,
/// the API's address, and App Service Authentication that signs people in and keeps the token it
/// forwards to the API.
/// </summary>
public class WebAppTemplateTests
{
    [Fact]
    public void Plan_IsALinuxAppServicePlan()
    {
        var plan = Declared("web-plan.bicep", "Microsoft.Web/serverfarms");

        Assert.Equal("linux", Literal(plan, "kind"));
        Assert.Equal("true", Text(plan, "properties.reserved"));
        Assert.Equal("skuName", Text(plan, "sku.name"));
        Assert.Equal("webPlanSkuName", Param("webPlan", "skuName"));
        Assert.Equal("webPlan.outputs.id", Param("webApp", "planId"));
    }

    [Fact]
    public void Site_RunsDotnetCore10OnLinux_AlwaysOn()
    {
        var site = Declared("web-app.bicep", InfraChecks.SiteType);

        Assert.Equal("app,linux", Literal(site, "kind"));
        Assert.Equal("DOTNETCORE|10.0", Literal(site, "properties.siteConfig.linuxFxVersion"));
        Assert.Equal("true", Text(site, "properties.siteConfig.alwaysOn"));
        Assert.Null(site.Body.At("properties.functionAppConfig"));
    }

    [Fact]
    public void Site_RunsAsItsOwnUserAssignedIdentity()
    {
        var site = Declared("web-app.bicep", InfraChecks.SiteType);

        Assert.Equal("UserAssigned", Literal(site, "identity.type"));
        Assert.Equal("webIdentity.outputs.id", Param("webApp", "identityId"));
        Assert.Equal("'${abbrs.managedIdentityUserAssignedIdentities}web-${resourceToken}'", Param("webIdentity", "name"));
        Assert.NotEqual(Param("apiIdentity", "name"), Param("webIdentity", "name"));
        Assert.Equal("webIdentity.outputs.clientId", Setting("webApp", "AZURE_CLIENT_ID"));
    }

    [Fact]
    public void Site_IsTaggedAsTheAzdWebService()
    {
        Assert.Contains("'azd-service-name': 'web'", Param("webApp", "tags"), StringComparison.Ordinal);
        Assert.Equal("modules/web-app.bicep", Call("webApp").Path);
    }

    [Fact]
    public void Settings_ApiBaseUrl_IsTheFunctionAppsHost()
    {
        Assert.Equal("'https://${functionApp.outputs.defaultHostName}/'", Setting("webApp", "Api__BaseUrl"));
    }

    [Fact]
    public void Settings_Authority_IsTheOneTheApiServes()
    {
        Assert.Equal("buyerId", Setting("webApp", "Authority__BuyerId"));
        Assert.Equal("buyerName", Setting("webApp", "Authority__BuyerName"));
        Assert.Equal(Setting("functionApp", "Authority__BuyerId"), Setting("webApp", "Authority__BuyerId"));
    }

    [Fact]
    public void Settings_Telemetry_IsSentWithTheWebIdentity()
    {
        Assert.Equal("appInsights.outputs.connectionString", Setting("webApp", "APPLICATIONINSIGHTS_CONNECTION_STRING"));
        Assert.Equal("'ClientId=${webIdentity.outputs.clientId};Authorization=AAD'", Setting("webApp", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
        Assert.Contains("webIdentity.outputs.principalId", Items(Call("appInsightsRoles").Body, "params.principalIds"));
        Assert.Contains("appInsightsRoles", Items(Call("webApp").Body, "dependsOn"));
    }

    [Fact]
    public void Identity_HoldsNoStorageOrKeyVaultRole()
    {
        // The forms reach data only through the API, with the signed-in person's token.
        var grants = Main.Modules
            .Where(m => m.Symbol is not "appInsightsRoles" && m.Path.EndsWith("-roles.bicep", StringComparison.Ordinal))
            .Select(m => m.Body.At("params.principalId") is Bicep.BicepExpression e ? e.Text : "missing");

        Assert.All(grants, g => Assert.Equal("apiIdentity.outputs.principalId", g));
    }

    [Fact]
    public void Auth_RequiresSignIn_AndRedirectsBrowsersToEntra()
    {
        var auth = AuthSettings("web-app-auth.bicep");

        Assert.Equal("true", Text(auth, "properties.platform.enabled"));
        Assert.Equal("true", Text(auth, "properties.globalValidation.requireAuthentication"));
        Assert.Equal("RedirectToLoginPage", Literal(auth, "properties.globalValidation.unauthenticatedClientAction"));
        Assert.Equal("azureactivedirectory", Literal(auth, "properties.globalValidation.redirectToProvider"));
        Assert.Equal("true", Text(auth, "properties.identityProviders.azureActiveDirectory.enabled"));
        Assert.Equal("webApp.outputs.name", Param("webAppAuth", "webAppName"));
        Assert.Equal("entraClientId", Param("webAppAuth", "clientId"));
        Assert.Equal("entraTenantId", Param("webAppAuth", "tenantId"));
    }

    [Fact]
    public void Auth_TokenStore_IsOnAndSignInAsksForTheApisScopeAndARefreshToken()
    {
        var auth = AuthSettings("web-app-auth.bicep");
        var parameters = Items(auth.Body, "properties.identityProviders.azureActiveDirectory.login.loginParameters");

        Assert.Equal("true", Text(auth, "properties.login.tokenStore.enabled"));
        Assert.Contains("'response_type=code id_token'", parameters);
        var scope = Assert.Single(parameters, p => p.StartsWith("'scope=", StringComparison.Ordinal)).Trim('\'')["scope=".Length..].Split(' ');
        Assert.Contains("api://${clientId}/user_impersonation", scope);
        Assert.Contains("offline_access", scope);
        Assert.Contains("openid", scope);
    }

    [Fact]
    public void Auth_ClientCredential_IsTheWebIdentitysFederatedCredentialNotASecret()
    {
        var auth = AuthSettings("web-app-auth.bicep");

        Assert.Equal("OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID",
            Literal(auth, "properties.identityProviders.azureActiveDirectory.registration.clientSecretSettingName"));
        Assert.Equal("webIdentity.outputs.clientId", Setting("webApp", "OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID"));
    }

    [Fact]
    public void Outputs_NameTheWebAppItsSignInCallbackAndTheFederatedCredentialSubject()
    {
        string Output(string name) => (Main.Outputs.Single(o => o.Name == name).Value as Bicep.BicepExpression)?.Text ?? "missing";

        Assert.Equal("webApp.outputs.name", Output("SERVICE_WEB_NAME"));
        Assert.Equal("'https://${webApp.outputs.defaultHostName}'", Output("SERVICE_WEB_URI"));
        Assert.Equal("'https://${functionApp.outputs.defaultHostName}'", Output("SERVICE_API_URI"));
        Assert.Equal("'https://${webApp.outputs.defaultHostName}/.auth/login/aad/callback'", Output("AUTH_REDIRECT_URI"));
        Assert.Equal("webIdentity.outputs.principalId", Output("WEB_IDENTITY_PRINCIPAL_ID"));
    }
}
