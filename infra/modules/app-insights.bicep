// Application Insights, workspace-based. Local authentication (instrumentation-key only ingestion)
// is off: the Functions host sends telemetry with the managed identity, which needs the
// Monitoring Metrics Publisher role (app-insights-roles.bicep).
// Reference: https://learn.microsoft.com/azure/templates/microsoft.insights/2020-02-02/components?pivots=deployment-language-bicep

@description('Name of the Application Insights component.')
param name string

@description('Azure region for the component.')
param location string

@description('Tags applied to the component.')
param tags object

@description('Resource id of the Log Analytics workspace that stores the telemetry.')
param workspaceId string

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: name
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspaceId
    DisableLocalAuth: true
    IngestionMode: 'LogAnalytics'
  }
}

output id string = appInsights.id
output name string = appInsights.name
// The connection string names the ingestion endpoint; with local auth off it is not a credential.
output connectionString string = appInsights.properties.ConnectionString
