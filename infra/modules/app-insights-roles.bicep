// Monitoring Metrics Publisher on the one Application Insights component, for each app's identity
// (the API's and the web app's): with local auth off, telemetry is accepted only from an identity
// holding this role.
// Role ids: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
// Reference: https://learn.microsoft.com/azure/templates/microsoft.authorization/2022-04-01/roleassignments?pivots=deployment-language-bicep
// Reference: https://learn.microsoft.com/azure/templates/microsoft.insights/2020-02-02/components?pivots=deployment-language-bicep

@description('Name of the Application Insights component the role is granted on.')
param appInsightsName string

@description('Object (principal) ids of the managed identities receiving the role.')
param principalIds array

var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for principalId in principalIds: {
  name: guid(appInsights.id, principalId, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}]
