// The web app: the GOV.UK-style forms (ASP.NET Core Razor Pages on .NET 10, Linux), a client of the
// JSON API. It runs as its own user-assigned identity, which holds no data-plane role but
// Monitoring Metrics Publisher: it reaches the API with the signed-in person's token, not its own,
// and stores nothing itself. HTTPS only at TLS 1.2 or later; FTP and basic-auth publishing off.
// References:
//   https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/sites?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/sites/basicpublishingcredentialspolicies?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/app-service/configure-language-dotnetcore

@description('Name of the web app; also the first label of its default host name.')
param name string

@description('Azure region for the web app.')
param location string

@description('Tags applied to the web app, including the azd service tag.')
param tags object

@description('Resource id of the Linux App Service plan.')
param planId string

@description('Resource id of the web app\'s user-assigned managed identity, which the app runs as.')
param identityId string

@description('App settings, by name. None may hold a secret value.')
param appSettings object

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: planId
    httpsOnly: true
    // Sessions live in the sign-in cookie and the platform's token store, not in one instance.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [for setting in items(appSettings): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

// Publishing with a user name and password (FTP, and basic auth on the deployment endpoint) is
// off: azd deploys with a Microsoft Entra token.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output id string = webApp.id
output name string = webApp.name
output defaultHostName string = webApp.properties.defaultHostName
