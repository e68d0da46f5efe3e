// Notice Functions on Azure, two services:
//   api  the .NET isolated-worker Function App on Flex Consumption: the JSON API under /api and the
//        Durable Functions orchestrations on the Azure Storage backend;
//   web  the forms, an ASP.NET Core app on a Linux App Service plan, a client of the API;
// each behind App Service Authentication with Microsoft Entra ID and running as its own
// user-assigned identity; with their storage (by managed identity only), Key Vault, Log Analytics
// and Application Insights.
//
// Subscription scope, as azd templates are: the template creates the resource group rg-<env>
// itself, so `azd up` needs nothing created beforehand, `azd down` removes everything by that one
// group, and the group carries the azd-env-name tag azd uses to find the environment.
// Reference: https://learn.microsoft.com/azure/templates/microsoft.resources/2022-09-01/resourcegroups?pivots=deployment-language-bicep
targetScope = 'subscription'

@description('Name of the azd environment (for example dev, test or prod). It names the resource group and seeds every resource name.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region for every resource. UK regions only, since the data is UK public-sector procurement records.')
@allowed([
  'uksouth'
  'ukwest'
])
@metadata({
  azd: {
    type: 'location'
  }
})
param location string = 'uksouth'

@description('Microsoft Entra tenant (directory) id that users sign in to. Defaults to the tenant of the deployment.')
@minLength(36)
@maxLength(36)
param entraTenantId string = tenant().tenantId

@description('Application (client) id of the Microsoft Entra app registration users sign in to; infra/entra/README.md says how to create it.')
@minLength(36)
@maxLength(36)
param entraClientId string

@description('Identifier of the contracting authority this deployment serves, as its notices give it (for example GB-PPON-ABCD-1234-EFGH): the buyer of every procurement registered through the forms.')
@minLength(1)
@maxLength(100)
param buyerId string

@description('Name of the contracting authority this deployment serves, as its notices give it.')
@minLength(1)
@maxLength(200)
param buyerName string

@description('Pricing tier of the web app\'s App Service plan.')
@allowed([
  'B1'
  'B2'
  'B3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param webPlanSkuName string = 'B1'

@description('Upper bound on the number of Function App instances (Flex Consumption allows 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each Function App instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Days Log Analytics keeps logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 90

@description('Days a deleted blob or container (contract copies, notices) can be restored.')
@minValue(1)
@maxValue(365)
param blobDeleteRetentionInDays int = 30

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
var webAppName = '${abbrs.webSitesAppService}${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}'

// The containers, queues and tables the app's code uses: the one place to change them. The app
// also creates any that are missing when it starts (its identity may), so a name added in code
// before it is added here still works; the infra tests fail until the two agree.
var appStorage = {
  containers: [
    'dataprotection-keys'
    'notices'
    'contracts-original'
    'contracts-redacted'
  ]
  // None of the app's own: the workflow engine creates and names its queues after its task hub.
  queues: []
  tables: [
    'Streams'
    'Register'
    'Notifications'
    'Procurements'
    'Approvals'
    'Obligations'
    'Contracts'
    'CopyApprovals'
  ]
}

// Name of the Key Vault secret holding the Find a Tender API key; the README says how to set it.
var findATenderApiKeySecretName = 'find-a-tender-api-key'

resource rg 'Microsoft.Resources/resourceGroups@2022-09-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

// The API's identity keeps the name it had when it was the only one, so existing role
// assignments and federated credentials that name it survive.
module apiIdentity 'modules/identity.bicep' = {
  name: 'api-identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
    location: location
    tags: tags
  }
}

module webIdentity 'modules/identity.bicep' = {
  name: 'web-identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}web-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    containerNames: appStorage.containers
    queueNames: appStorage.queues
    tableNames: appStorage.tables
    deploymentContainerName: deploymentContainerName
    deleteRetentionInDays: blobDeleteRetentionInDays
  }
}

module logAnalytics 'modules/log-analytics.bicep' = {
  name: 'log-analytics'
  scope: rg
  params: {
    name: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module appInsights 'modules/app-insights.bicep' = {
  name: 'app-insights'
  scope: rg
  params: {
    name: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
    workspaceId: logAnalytics.outputs.id
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    tenantId: tenant().tenantId
  }
}

module flexPlan 'modules/flex-plan.bicep' = {
  name: 'flex-plan'
  scope: rg
  params: {
    name: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
  }
}

module webPlan 'modules/web-plan.bicep' = {
  name: 'web-plan'
  scope: rg
  params: {
    name: '${abbrs.webServerFarms}web-${resourceToken}'
    location: location
    tags: tags
    skuName: webPlanSkuName
  }
}

// Storage and Key Vault roles are the API's alone: the web app reaches data only through the API.
module storageRoles 'modules/storage-roles.bicep' = {
  name: 'storage-roles'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    principalId: apiIdentity.outputs.principalId
  }
}

module keyVaultRoles 'modules/key-vault-roles.bicep' = {
  name: 'key-vault-roles'
  scope: rg
  params: {
    keyVaultName: keyVault.outputs.name
    principalId: apiIdentity.outputs.principalId
  }
}

module appInsightsRoles 'modules/app-insights-roles.bicep' = {
  name: 'app-insights-roles'
  scope: rg
  params: {
    appInsightsName: appInsights.outputs.name
    principalIds: [
      apiIdentity.outputs.principalId
      webIdentity.outputs.principalId
    ]
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  // The app starts as soon as it exists; its identity must already hold its roles.
  dependsOn: [
    storageRoles
    keyVaultRoles
    appInsightsRoles
  ]
  params: {
    name: functionAppName
    location: location
    tags: union(tags, {
      'azd-service-name': 'api'
    })
    planId: flexPlan.outputs.id
    identityId: apiIdentity.outputs.id
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    appSettings: {
      // Storage by identity, one set of settings for the Functions host, the Durable Functions
      // Azure Storage backend (its task hub, named in host.json, lives in this account) and the
      // app's own storage client, which reads accountName and clientId. No connection string or
      // key: the account refuses shared keys.
      AzureWebJobsStorage__accountName: storage.outputs.name
      AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
      AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
      AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: apiIdentity.outputs.clientId
      AzureWebJobsDisableHomepage: 'true'
      AZURE_CLIENT_ID: apiIdentity.outputs.clientId
      // The app trusts X-MS-CLIENT-PRINCIPAL only because App Service Authentication is in front.
      SignIn__TrustAppServicePrincipal: 'true'
      // Telemetry, authenticated with the identity (local auth is off).
      APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.outputs.connectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${apiIdentity.outputs.clientId};Authorization=AAD'
      // The authority whose procurements the API and the forms register and list.
      Authority__BuyerId: buyerId
      Authority__BuyerName: buyerName
      // Secrets are Key Vault references, resolved with the identity (keyVaultReferenceIdentity).
      FindATender__ApiKey: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.uri}secrets/${findATenderApiKeySecretName}/)'
    }
  }
}

module functionAppAuth 'modules/function-app-auth.bicep' = {
  name: 'function-app-auth'
  scope: rg
  params: {
    functionAppName: functionApp.outputs.name
    tenantId: entraTenantId
    clientId: entraClientId
  }
}

module webApp 'modules/web-app.bicep' = {
  name: 'web-app'
  scope: rg
  // The app starts as soon as it exists; its identity must already be able to send telemetry.
  dependsOn: [
    appInsightsRoles
  ]
  params: {
    name: webAppName
    location: location
    tags: union(tags, {
      'azd-service-name': 'web'
    })
    planId: webPlan.outputs.id
    identityId: webIdentity.outputs.id
    appSettings: {
      // Where the forms send every request, with the signed-in person's access token.
      Api__BaseUrl: 'https://${functionApp.outputs.defaultHostName}/'
      // The authority the forms register procurements for: the one the API serves.
      Authority__BuyerId: buyerId
      Authority__BuyerName: buyerName
      AZURE_CLIENT_ID: webIdentity.outputs.clientId
      // The app trusts X-MS-CLIENT-PRINCIPAL only because App Service Authentication is in front.
      SignIn__TrustAppServicePrincipal: 'true'
      // Telemetry, authenticated with the web app's identity (local auth is off).
      APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.outputs.connectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${webIdentity.outputs.clientId};Authorization=AAD'
      // Easy Auth signs in to Entra ID with a federated credential for this identity, not a secret.
      OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: webIdentity.outputs.clientId
    }
  }
}

module webAppAuth 'modules/web-app-auth.bicep' = {
  name: 'web-app-auth'
  scope: rg
  params: {
    webAppName: webApp.outputs.name
    tenantId: entraTenantId
    clientId: entraClientId
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = entraTenantId
output AZURE_RESOURCE_GROUP string = rg.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = 'https://${functionApp.outputs.defaultHostName}'
output SERVICE_WEB_NAME string = webApp.outputs.name
output SERVICE_WEB_URI string = 'https://${webApp.outputs.defaultHostName}'
// People sign in at the web app only, so its callback is the registration's one redirect URI.
output AUTH_REDIRECT_URI string = 'https://${webApp.outputs.defaultHostName}/.auth/login/aad/callback'
// The subject of the registration's federated credential (infra/entra/README.md).
output WEB_IDENTITY_PRINCIPAL_ID string = webIdentity.outputs.principalId
output WEB_IDENTITY_CLIENT_ID string = webIdentity.outputs.clientId
output API_IDENTITY_PRINCIPAL_ID string = apiIdentity.outputs.principalId
output API_IDENTITY_CLIENT_ID string = apiIdentity.outputs.clientId
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output APPLICATIONINSIGHTS_NAME string = appInsights.outputs.name
output LOG_ANALYTICS_WORKSPACE_NAME string = logAnalytics.outputs.name
