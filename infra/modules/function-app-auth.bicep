// App Service Authentication (Easy Auth, v2 settings) with Microsoft Entra ID in front of the
// Function App. Every request must be signed in. The app registration has no client secret: the
// platform proves itself to Entra ID with a federated credential for the app's managed identity
// (the app setting OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID holds that identity's client id).
// The app reads the signed-in user and their app roles from X-MS-CLIENT-PRINCIPAL.
// References:
//   https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/sites/config-authsettingsv2?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/sites?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/app-service/configure-authentication-provider-aad

@description('Name of the Function App to protect.')
param functionAppName string

@description('Microsoft Entra tenant the users sign in to.')
param tenantId string

@description('Application (client) id of the app registration users sign in to.')
param clientId string

@description('What happens to a request that is not signed in: RedirectToLoginPage sends browsers to the Entra sign-in page; Return401 answers 401 to every such request.')
@allowed([
  'RedirectToLoginPage'
  'Return401'
])
param unauthenticatedClientAction string

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource authSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: unauthenticatedClientAction
      redirectToProvider: 'azureactivedirectory'
    }
    httpSettings: {
      requireHttps: true
      routes: {
        apiPrefix: '/.auth'
      }
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
          clientId: clientId
          clientSecretSettingName: 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
        }
        validation: {
          allowedAudiences: [
            'api://${clientId}'
            clientId
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}
