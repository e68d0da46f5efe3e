// App Service Authentication (Easy Auth, v2 settings) with Microsoft Entra ID in front of the API's
// Function App. The API is called only by the web app, with the signed-in person's access token
// (issued for api://<client id>/user_impersonation of the one app registration), so it validates
// bearer tokens and signs nobody in itself:
//   - a request without a valid token is answered 401, never redirected to a sign-in page, since
//     the callers are programs, not browsers;
//   - the token's audience must be the registration (either form Entra ID issues), and the client
//     that obtained it must be the registration too, which is what the web app signs in as;
//   - no client secret or federated credential is configured: validating a token needs none, and
//     the token store stays off because the API never calls onward with the caller's token.
// The app reads the caller and their app roles from X-MS-CLIENT-PRINCIPAL, which the platform
// sets from the validated token.
// References:
//   https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/sites/config-authsettingsv2?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/templates/microsoft.web/2024-04-01/sites?pivots=deployment-language-bicep
//   https://learn.microsoft.com/azure/app-service/configure-authentication-provider-aad
//   https://learn.microsoft.com/azure/app-service/tutorial-auth-aad

@description('Name of the Function App to protect.')
param functionAppName string

@description('Microsoft Entra tenant the users sign in to.')
param tenantId string

@description('Application (client) id of the app registration the web app signs in with and the API accepts tokens for.')
param clientId string

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
      unauthenticatedClientAction: 'Return401'
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
        }
        validation: {
          allowedAudiences: [
            'api://${clientId}'
            clientId
          ]
          defaultAuthorizationPolicy: {
            allowedApplications: [
              clientId
            ]
          }
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
