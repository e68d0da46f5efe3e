using Notices.Infra.Tests.Bicep;
using static Notices.Infra.Tests.Templates;

namespace Notices.Infra.Tests;

/// <summary>
/// The API's Function App: the .NET isolated worker on Flex Consumption, Durable Functions on
/// identity-based storage with the roles its Azure Storage backend needs, and App Service
/// Authentication that accepts the web app's tokens for the API.
/// </summary>
public class FunctionAppTemplateTests
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    [Fact]
    public void Plan_IsFlexConsumptionFC1_AndHostsTheFunctionApp()
    {
        var plan = Declared("flex-plan.bicep", "Microsoft.Web/serverfarms");

        Assert.Equal("FC1", Literal(plan, "sku.name"));
        Assert.Equal("FlexConsumption", Literal(plan, "sku.tier"));
        Assert.Equal("true", Text(plan, "properties.reserved"));
        Assert.Equal("modules/flex-plan.bicep", Call("flexPlan").Path);
        Assert.Equal("flexPlan.outputs.id", Param("functionApp", "planId"));
    }

    [Fact]
    public void Site_RunsDotnetIsolated10_FromAnIdentityAuthenticatedDeploymentContainer()
    {
        var site = Declared("function-app.bicep", InfraChecks.SiteType);

        Assert.Equal("functionapp,linux", Literal(site, "kind"));
        Assert.Equal("dotnet-isolated", Literal(site, "properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", Literal(site, "properties.functionAppConfig.runtime.version"));
        Assert.Equal("blobContainer", Literal(site, "properties.functionAppConfig.deployment.storage.type"));
        Assert.Equal("UserAssignedIdentity", Literal(site, "properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.Equal("identityId", Text(site, "properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId"));
        Assert.Equal("storage.outputs.deploymentContainerUrl", Param("functionApp", "deploymentContainerUrl"));
        Assert.Equal("apiIdentity.outputs.id", Param("functionApp", "identityId"));
    }

    [Fact]
    public void Site_IsTaggedAsTheAzdApiService()
    {
        Assert.Contains("'azd-service-name': 'api'", Param("functionApp", "tags"), StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_HostAndDurableStorage_AreByTheApiIdentityOnly()
    {
        Assert.Equal("'managedidentity'", Setting("functionApp", "AzureWebJobsStorage__credential"));
        Assert.Equal("apiIdentity.outputs.clientId", Setting("functionApp", "AzureWebJobsStorage__clientId"));
        Assert.Equal("storage.outputs.name", Setting("functionApp", "AzureWebJobsStorage__accountName"));
        Assert.Equal("storage.outputs.blobEndpoint", Setting("functionApp", "AzureWebJobsStorage__blobServiceUri"));
        Assert.Equal("storage.outputs.queueEndpoint", Setting("functionApp", "AzureWebJobsStorage__queueServiceUri"));
        Assert.Equal("storage.outputs.tableEndpoint", Setting("functionApp", "AzureWebJobsStorage__tableServiceUri"));
        // No connection string in any form, for the host or for the Durable backend.
        Assert.DoesNotContain(AppSettings("functionApp").Properties, p =>
            p.Name == "AzureWebJobsStorage" || p.Name.Contains("connectionString", StringComparison.OrdinalIgnoreCase));
        // The task hub is named in host.json, not here.
        Assert.DoesNotContain(AppSettings("functionApp").Properties, p => p.Name.Contains("TaskHub", StringComparison.OrdinalIgnoreCase));
        // The account the settings point at refuses shared keys.
        Assert.Equal("false", Text(Declared("storage.bicep", InfraChecks.StorageAccountType), "properties.allowSharedKeyAccess"));
    }

    [Fact]
    public void Settings_AppConfiguration_IsTheApisOwn()
    {
        Assert.Equal("apiIdentity.outputs.clientId", Setting("functionApp", "AZURE_CLIENT_ID"));
        Assert.Equal("'true'", Setting("functionApp", "SignIn__TrustAppServicePrincipal"));
        Assert.Equal("buyerId", Setting("functionApp", "Authority__BuyerId"));
        Assert.Equal("buyerName", Setting("functionApp", "Authority__BuyerName"));
        Assert.StartsWith("'@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/", Setting("functionApp", "FindATender__ApiKey"), StringComparison.Ordinal);
        // Key Vault references resolve with the app's identity, the one holding Key Vault Secrets User.
        Assert.Equal("identityId", Text(Declared("function-app.bicep", InfraChecks.SiteType), "properties.keyVaultReferenceIdentity"));
        Assert.Equal("apiIdentity.outputs.principalId", Param("keyVaultRoles", "principalId"));
    }

    [Fact]
    public void Settings_Telemetry_IsSentWithTheApiIdentity()
    {
        Assert.Equal("appInsights.outputs.connectionString", Setting("functionApp", "APPLICATIONINSIGHTS_CONNECTION_STRING"));
        Assert.Equal("'ClientId=${apiIdentity.outputs.clientId};Authorization=AAD'", Setting("functionApp", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
        Assert.Contains("apiIdentity.outputs.principalId", Items(Call("appInsightsRoles").Body, "params.principalIds"));
    }

    [Fact]
    public void StorageRoles_TheDurableBackendsThree_AreGrantedToTheApiIdentityOnTheAccount()
    {
        var roles = Module("storage-roles.bicep");
        var assignment = Assert.Single(roles.ResourcesOfType(InfraChecks.RoleAssignmentType));

        Assert.Equal(
            new HashSet<string> { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor },
            InfraChecks.GrantedRoleIds(roles));
        Assert.Equal("for roleDefinitionId in roleDefinitionIds", Assert.IsType<BicepLoop>(assignment.Value).Header);
        Assert.Equal("storageAccount", Text(assignment, "scope"));
        Assert.Equal("principalId", Text(assignment, "properties.principalId"));
        Assert.Equal("apiIdentity.outputs.principalId", Param("storageRoles", "principalId"));
        Assert.Equal("storage.outputs.name", Param("storageRoles", "storageAccountName"));
        // The app starts only once its identity can reach the task hub.
        Assert.Contains("storageRoles", Items(Call("functionApp").Body, "dependsOn"));
    }

    [Fact]
    public void Auth_AcceptsOnlyTokensForTheApiFromTheRegistration_AndAnswers401()
    {
        var auth = AuthSettings("function-app-auth.bicep");

        Assert.Equal("true", Text(auth, "properties.globalValidation.requireAuthentication"));
        Assert.Equal("Return401", Literal(auth, "properties.globalValidation.unauthenticatedClientAction"));
        Assert.Equal(["'api://${clientId}'", "clientId"], Items(auth.Body, "properties.identityProviders.azureActiveDirectory.validation.allowedAudiences"));
        Assert.Equal(["clientId"], Items(auth.Body, "properties.identityProviders.azureActiveDirectory.validation.defaultAuthorizationPolicy.allowedApplications"));
        Assert.Equal("false", Text(auth, "properties.login.tokenStore.enabled"));
        Assert.Equal("functionApp.outputs.name", Param("functionAppAuth", "functionAppName"));
        Assert.Equal("entraClientId", Param("functionAppAuth", "clientId"));
        Assert.Equal("entraTenantId", Param("functionAppAuth", "tenantId"));
    }
}
