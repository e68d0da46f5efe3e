// App Service Authentication (Easy Auth, v2 settings) with Microsoft Entra ID in front of the web
// app. Every request must be signed in; a browser that is not is sent to the Entra sign-in page.
//   - Sign-in uses the authorization code flow and asks, besides the person's identity, for an
//     access token for the API (api://<client id>/user_impersonation) and a refresh token
//     (offline_access), so the platform can renew it.
//   - The token store is on: it keeps those tokens and hands the current access token to the app
//     in X-MS-TOKEN-AAD-ACCESS-TOKEN, which the app forwards to the API as a bearer token.
//   - The registration has no client secret: the platform proves itself to Entra ID with a
//     federated credential for the web app's managed identity (the app setting
//     OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID holds that identity's client id).
// References:
//   https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/sites/config-authsettingsv2?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/sites?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/app-service/configure-authentication-provider-aad
//   https://learn.microsoft.com/azure/app-service/configure-authentication-oauth-tokens
//   https://learn.microsoft.com/azure/app-service/tutorial-auth-aad

@description('Name of the web app to protect.')
param webAppName string

@description('Microsoft Entra tenant the users sign in to.')
param tenantId string

@description('Application (client) id of the app registration users sign in to; its exposed scope user_impersonation is the API\'s.')
param clientId string

resource webApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: webAppName
}

resource authSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: webApp
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
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
        login: {
          loginParameters: [
            'response_type=code id_token'
            'scope=openid profile email offline_access api://${clientId}/user_impersonation'
          ]
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
        enabled: true
      }
    }
  }
}
