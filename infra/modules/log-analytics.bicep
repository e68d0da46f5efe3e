// Log Analytics workspace behind Application Insights. Local (shared key) authentication is off,
// so ingestion and queries go through Microsoft Entra ID only.
// Reference: https://learn.microsoft.com/azure/templates/microsoft.operationalinsights/2023-09-01/workspaces?pivots=deployment-language-bicep

@description('Name of the Log Analytics workspace.')
param name string

@description('Azure region for the workspace.')
param location string

@description('Tags applied to the workspace.')
param tags object

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      disableLocalAuth: true
    }
  }
}

output id string = workspace.id
output name string = workspace.name
