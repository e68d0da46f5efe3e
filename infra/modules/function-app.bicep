// The API's Function App on the Flex Consumption plan: the .NET isolated worker (runtime
// dotnet-isolated 10.0) serving the JSON API and running the Durable Functions orchestrations on
// the Azure Storage backend. It runs as the API's user-assigned identity, reads its deployment
// package from blob storage with that identity, accepts HTTPS only at TLS 1.2 or later, and has
// FTP and basic-auth publishing turned off. On Flex, runtime, scale and deployment live in
// functionAppConfig; FUNCTIONS_WORKER_RUNTIME, WEBSITE_RUN_FROM_PACKAGE, linuxFxVersion and
// alwaysOn must not be set.
// References:
//   https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/sites?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/sites/basicpublishingcredentialspolicies?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/azure-functions/flex-consumption-how-to
//   https://learn.microsoft.com/powershell/module/az.functions/get-azfunctionappflexconsumptionruntime
//     (lists dotnet-isolated 10.0 among the Flex Consumption runtimes)

@description('Name of the Function App; also the first label of its default host name.')
param name string

@description('Azure region for the Function App.')
param location string

@description('Tags applied to the Function App, including the azd service tag.')
param tags object

@description('Resource id of the Flex Consumption plan.')
param planId string

@description('Resource id of the API\'s user-assigned managed identity, which the app runs as.')
param identityId string

@description('URL of the blob container holding the deployment package.')
param deploymentContainerUrl string

@description('Upper bound on the number of instances the plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('App settings, by name. None may hold a secret value: secrets are Key Vault references.')
param appSettings object

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [for setting in items(appSettings): {
        name: setting.key
        value: setting.value
      }]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Publishing with a user name and password (FTP, and basic auth on the deployment endpoint) is
// off: deployments authenticate with Microsoft Entra ID.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output id string = functionApp.id
output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
